package discord

import (
	"context"
	"regexp"
	"strings"
	"time"

	dg "github.com/bwmarrin/discordgo"

	"github.com/mpmcoach/mpmcoach/bot"
)

// apology is what a person sees when answering failed.
var apology = bot.Reply{Title: "Sorry, something went wrong", Body: []string{"I hit a problem answering that. Please try again."}}

// noPings: the coach's answers never notify anyone.
var noPings = &dg.MessageAllowedMentions{Parse: []dg.AllowedMentionType{}}

func (a *Adapter) recover(what string) {
	if p := recover(); p != nil {
		a.log.Error("panic in a Discord handler", "what", what)
	}
}

func userID(i *dg.InteractionCreate) string {
	if i.Member != nil && i.Member.User != nil {
		return i.Member.User.ID
	}
	if i.User != nil {
		return i.User.ID
	}
	return ""
}

// onInteraction handles /mpm, its FAQ autocomplete, and our buttons. The type is
// checked before the data is read: ApplicationCommandData panics on other types.
func (a *Adapter) onInteraction(s *dg.Session, i *dg.InteractionCreate) {
	a.work.Add(1)
	defer a.work.Done()
	defer a.recover("interaction")
	switch i.Type {
	case dg.InteractionApplicationCommand:
		data := i.ApplicationCommandData()
		if data.Name != "mpm" {
			return
		}
		text := commandText(data)
		if text == "readiness" { // no list typed: the form
			err := s.InteractionRespond(i.Interaction, &dg.InteractionResponse{Type: dg.InteractionResponseChannelMessageWithSource,
				Data: a.readinessForm(userID(i))})
			a.logREST("opening a readiness form", err, "channel", i.ChannelID)
			return
		}
		a.answerInteraction(s, i, text, dg.InteractionResponseChannelMessageWithSource)
	case dg.InteractionApplicationCommandAutocomplete:
		data := i.ApplicationCommandData()
		typed := ""
		if len(data.Options) > 0 {
			for _, o := range data.Options[0].Options {
				if v, ok := o.Value.(string); ok && o.Focused {
					typed = v
				}
			}
		}
		err := s.InteractionRespond(i.Interaction, &dg.InteractionResponse{
			Type: dg.InteractionApplicationCommandAutocompleteResult,
			Data: &dg.InteractionResponseData{Choices: faqChoices(a.catalog.FAQ, typed)},
		})
		a.logREST("answering autocomplete", err)
	case dg.InteractionMessageComponent:
		data := i.MessageComponentData()
		switch {
		case strings.HasPrefix(data.CustomID, customReadyPrefix):
			a.readinessComponent(s, i, data)
		case data.CustomID == customShare:
			a.share(s, i)
		case strings.HasPrefix(data.CustomID, customAsk):
			a.answerInteraction(s, i, strings.TrimPrefix(data.CustomID, customAsk), dg.InteractionResponseUpdateMessage)
		}
	}
}

// answerInteraction answers privately within Discord's 3-second limit: at once when the
// answer is ready by the deadline, else by deferring and editing the response after.
func (a *Adapter) answerInteraction(s *dg.Session, i *dg.InteractionCreate, text string, kind dg.InteractionResponseType) {
	done := make(chan bot.Reply, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				a.log.Error("panic while answering an interaction")
				done <- apology
			}
		}()
		done <- a.coach.Answer(context.Background(), bot.Request{Text: text, User: userID(i), Channel: i.ChannelID, Platform: "discord", Slash: true})
	}()
	var r bot.Reply
	select {
	case r = <-done:
		embeds, comps := render(r, renderOpts{Interactive: true})
		err := s.InteractionRespond(i.Interaction, &dg.InteractionResponse{Type: kind, Data: &dg.InteractionResponseData{
			Embeds: embeds, Components: comps, Flags: dg.MessageFlagsEphemeral, AllowedMentions: noPings}})
		a.logREST("answering an interaction", err, "channel", i.ChannelID)
		return
	case <-time.After(a.cfg.Deadline):
	}
	deferred := dg.InteractionResponseDeferredChannelMessageWithSource
	if kind == dg.InteractionResponseUpdateMessage {
		deferred = dg.InteractionResponseDeferredMessageUpdate
	}
	err := s.InteractionRespond(i.Interaction, &dg.InteractionResponse{Type: deferred, Data: &dg.InteractionResponseData{Flags: dg.MessageFlagsEphemeral}})
	a.logREST("deferring an interaction", err, "channel", i.ChannelID)
	select {
	case r = <-done:
	case <-time.After(14 * time.Minute): // follow-ups are accepted for 15 minutes
		return
	}
	embeds, comps := render(r, renderOpts{Interactive: true})
	_, err = s.InteractionResponseEdit(i.Interaction, &dg.WebhookEdit{Embeds: &embeds, Components: &comps, AllowedMentions: noPings})
	a.logREST("following up an interaction", err, "channel", i.ChannelID)
}

// share posts the private answer the button sits on publicly, saying who shared it.
func (a *Adapter) share(s *dg.Session, i *dg.InteractionCreate) {
	if i.Message == nil || len(i.Message.Embeds) == 0 {
		return
	}
	err := s.InteractionRespond(i.Interaction, &dg.InteractionResponse{Type: dg.InteractionResponseChannelMessageWithSource,
		Data: &dg.InteractionResponseData{Content: "Shared by <@" + userID(i) + ">", Embeds: i.Message.Embeds, AllowedMentions: noPings}})
	a.logREST("sharing an answer", err, "channel", i.ChannelID)
}

var (
	mentionRE  = regexp.MustCompile(`<@!?\d+>`)
	questionRE = regexp.MustCompile(`(?i)^\s*(what|whats|what's|how|why|when|where|who|which|can|could|should|is|are|do|does|will|would|any)\b`)
)

// looksLikeQuestion: in an ask channel only questions are answered, not chatter.
func looksLikeQuestion(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "?") || questionRE.MatchString(s)
}

// onMessage answers a mention or a DM as a reply to it, and a question in an ask
// channel when the coach is confident. Never bots, never itself.
func (a *Adapter) onMessage(s *dg.Session, m *dg.MessageCreate) {
	a.work.Add(1)
	defer a.work.Done()
	defer a.recover("message")
	embeds, ok := a.messageReply(m)
	if !ok {
		return
	}
	_, err := s.ChannelMessageSendComplex(m.ChannelID, &dg.MessageSend{Embeds: embeds, Reference: m.Reference(), AllowedMentions: noPings})
	a.logREST("replying to a message", err, "channel", m.ChannelID)
}

// messageReply decides whether a message gets an answer, and renders it.
func (a *Adapter) messageReply(m *dg.MessageCreate) ([]*dg.MessageEmbed, bool) {
	if m.Author == nil || m.Author.Bot || m.Author.ID == a.selfID {
		return nil, false
	}
	dm := m.GuildID == ""
	mentioned := false
	for _, u := range m.Mentions {
		if u != nil && u.ID == a.selfID {
			mentioned = true
		}
	}
	askChannel := !dm && !mentioned && a.ask[m.ChannelID] && looksLikeQuestion(m.Content)
	if !dm && !mentioned && !askChannel {
		return nil, false
	}
	text := strings.TrimSpace(mentionRE.ReplaceAllString(m.Content, " "))
	r := a.coach.Answer(context.Background(), bot.Request{Text: text, User: m.Author.ID, Channel: m.ChannelID, Platform: "discord"})
	if askChannel && (r.Abstained || len(r.Answers) == 0) {
		return nil, false // unasked-for answers only when the guide answers
	}
	embeds, _ := render(r, renderOpts{})
	return embeds, true
}
