package discord

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	dg "github.com/bwmarrin/discordgo"

	"github.com/mpmcoach/mpmcoach/bot"
)

// The readiness form's custom ids.
const (
	customReadyPrefix   = "mpm_ready_"
	customReadyYears    = "mpm_ready_years"
	customReadySubmit   = "mpm_ready_submit"
	customReadyRemember = "mpm_ready_submit_remember"
	customReadyShare    = "mpm_ready_share"
)

// forms holds what each person has picked in their open readiness form: Discord sends
// every change of a select menu on its own, and Submit carries none of them.
type forms struct {
	mu sync.Mutex
	m  map[string]*form // by user id
}

type form struct {
	picked  map[string][]string // by kind
	years   int
	summary string // the plan's summary, once submitted, for Share
	at      time.Time
}

func (f *forms) get(user string) *form {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.m == nil {
		f.m = map[string]*form{}
	}
	for k, v := range f.m { // forget abandoned forms
		if time.Since(v.at) > time.Hour {
			delete(f.m, k)
		}
	}
	fm, ok := f.m[user]
	if !ok {
		fm = &form{picked: map[string][]string{}, at: time.Now()}
		f.m[user] = fm
	}
	return fm
}

func (f *forms) reset(user string, kept bot.Profile, kinds map[string]string) *form {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.m == nil {
		f.m = map[string]*form{}
	}
	fm := &form{picked: map[string][]string{}, years: kept.Years, at: time.Now()}
	for _, id := range kept.Items {
		fm.picked[kinds[id]] = append(fm.picked[kinds[id]], id)
	}
	f.m[user] = fm
	return fm
}

// readinessForm is the private form: a multi-select per kind, a years select, and
// Submit and Submit & remember.
func (a *Adapter) readinessForm(user string) *dg.InteractionResponseData {
	kept, _ := a.coach.StoredProfile("discord", user)
	kinds := map[string]string{}
	for kind, cs := range a.catalog.Readiness {
		for _, c := range cs {
			kinds[c.Value] = kind
		}
	}
	fm := a.forms.reset(user, kept, kinds)
	zero := 0
	var rows []dg.MessageComponent
	for _, g := range []struct{ kind, placeholder string }{{"technical", "Technical skills you have"}, {"soft", "Soft skills you have"}, {"credential", "Credentials you have"}} {
		var opts []dg.SelectMenuOption
		for _, c := range a.catalog.Readiness[g.kind] {
			if len(opts) == maxChoices {
				break
			}
			opts = append(opts, dg.SelectMenuOption{Label: cutRunes(c.Label, 100), Value: c.Value, Default: slices.Contains(fm.picked[g.kind], c.Value)})
		}
		rows = append(rows, dg.ActionsRow{Components: []dg.MessageComponent{dg.SelectMenu{
			CustomID: customReadyPrefix + g.kind, Placeholder: g.placeholder, MinValues: &zero, MaxValues: len(opts), Options: opts}}})
	}
	var years []dg.SelectMenuOption
	for y := 0; y <= 20; y++ {
		years = append(years, dg.SelectMenuOption{Label: strconv.Itoa(y) + " years of experience", Value: strconv.Itoa(y), Default: y == fm.years})
	}
	rows = append(rows, dg.ActionsRow{Components: []dg.MessageComponent{dg.SelectMenu{CustomID: customReadyYears, Placeholder: "Years of experience", Options: years}}},
		dg.ActionsRow{Components: []dg.MessageComponent{
			dg.Button{Label: "Submit", Style: dg.PrimaryButton, CustomID: customReadySubmit},
			dg.Button{Label: "Submit & remember my answers", Style: dg.SecondaryButton, CustomID: customReadyRemember},
		}})
	return &dg.InteractionResponseData{Flags: dg.MessageFlagsEphemeral, AllowedMentions: noPings, Components: rows,
		Embeds: []*dg.MessageEmbed{{Title: "Readiness check", Color: color, Description: "Pick what you bring and press Submit: " +
			"I'll tell you which level you're ready for, what the next one needs, and your top three gaps, from the career guide. " +
			"Only you see this; I keep nothing unless you press Submit & remember."}}}
}

// readinessComponent handles the form's selects and buttons, and Share my plan.
func (a *Adapter) readinessComponent(s *dg.Session, i *dg.InteractionCreate, data dg.MessageComponentInteractionData) {
	user := userID(i)
	switch id := data.CustomID; {
	case id == customReadyShare:
		fm := a.forms.get(user)
		if fm.summary == "" {
			return
		}
		err := s.InteractionRespond(i.Interaction, &dg.InteractionResponse{Type: dg.InteractionResponseChannelMessageWithSource,
			Data: &dg.InteractionResponseData{Content: cutRunes("<@"+user+"> shared their readiness plan: "+fm.summary, maxContent), AllowedMentions: noPings}})
		a.logREST("sharing a readiness plan", err, "channel", i.ChannelID)
	case id == customReadySubmit || id == customReadyRemember:
		fm := a.forms.get(user)
		var items []string
		for _, ids := range fm.picked {
			items = append(items, ids...)
		}
		slices.Sort(items)
		text := bot.ReadinessText(items, fm.years, id == customReadyRemember)
		r := a.coach.Answer(context.Background(), bot.Request{Text: text, User: user, Channel: i.ChannelID, Platform: "discord", Slash: true})
		if len(r.Answers) > 0 {
			fm.summary = r.Answers[0].Text
		}
		embeds, comps := render(r, renderOpts{Interactive: true})
		err := s.InteractionRespond(i.Interaction, &dg.InteractionResponse{Type: dg.InteractionResponseUpdateMessage,
			Data: &dg.InteractionResponseData{Embeds: embeds, Components: comps, AllowedMentions: noPings}})
		a.logREST("answering a readiness form", err, "channel", i.ChannelID)
	default: // a select changed: remember it, change nothing on screen
		fm := a.forms.get(user)
		if id == customReadyYears {
			if len(data.Values) > 0 {
				fm.years, _ = strconv.Atoi(data.Values[0])
			}
		} else {
			fm.picked[strings.TrimPrefix(id, customReadyPrefix)] = slices.Clone(data.Values)
		}
		err := s.InteractionRespond(i.Interaction, &dg.InteractionResponse{Type: dg.InteractionResponseDeferredMessageUpdate})
		a.logREST("acknowledging a readiness choice", err, "channel", i.ChannelID)
	}
}
