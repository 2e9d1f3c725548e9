package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/mpmcoach/mpmcoach/bot/discord"
	"github.com/mpmcoach/mpmcoach/config"
)

const discordUsage = `Usage: mpmcoach discord invite [--client-id ID]

Print the link that adds the bot to a Discord server, with the bot and
applications.commands scopes and the least permissions it needs (view channels, send
messages and replies, in threads too, and embeds). The client id is read from
DISCORD_BOT_TOKEN unless --client-id gives it (Developer Portal, General Information,
Application ID).
`

func runDiscord(cfg *config.Config, args []string, stdout io.Writer) error {
	if len(args) == 0 || args[0] != "invite" {
		fmt.Fprint(stdout, discordUsage)
		if len(args) == 1 && (args[0] == "--help" || args[0] == "-h") {
			return nil
		}
		return errUsage
	}
	fs := subcommand("discord invite", discordUsage, stdout)
	clientID := fs.String("client-id", "", "the application id")
	if stop, err := parseFlags(fs, args[1:]); stop {
		return err
	}
	id := *clientID
	if id == "" {
		if cfg.Discord.BotToken == "" {
			return errors.New("discord invite: set DISCORD_BOT_TOKEN or pass --client-id")
		}
		var err error
		if id, err = discord.ClientIDFromToken(cfg.Discord.BotToken.Reveal()); err != nil {
			return fmt.Errorf("discord invite: DISCORD_BOT_TOKEN: %w; pass --client-id", err)
		}
	}
	fmt.Fprintln(stdout, discord.InviteURL(id))
	return nil
}
