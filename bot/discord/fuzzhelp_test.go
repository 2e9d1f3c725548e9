package discord

import dg "github.com/bwmarrin/discordgo"

type messageCreateForTest struct{ m dg.MessageCreate }
