package slack

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	slackapi "github.com/slack-go/slack"

	"github.com/mpmcoach/mpmcoach/bot"
)

// The readiness form's action ids.
const (
	actionReadyPrefix   = "mpm_ready_"
	actionReadySubmit   = "mpm_ready_submit"
	actionReadyYears    = "mpm_ready_years"
	actionReadyRemember = "mpm_ready_remember"
	actionReadyShare    = "mpm_ready_share"
	maxCheckboxes       = 10 // Slack's limit per checkbox group
)

// isReadinessForm: a bare `/mpm readiness` gets the form rather than typed instructions.
func isReadinessForm(text string) bool {
	switch strings.ToLower(strings.TrimSpace(text)) {
	case "readiness", "ready", "assess", "assessment", "readiness check":
		return true
	}
	return false
}

// readinessForm is the private form: checkbox groups for technical skills, soft skills
// and credentials, a years select, a remember box and Submit, ticked from the answers
// the person asked to keep, if any.
func readinessForm(cat bot.Catalog, kept bot.Profile, hasKept bool) message {
	have := map[string]bool{}
	for _, id := range kept.Items {
		have[id] = true
	}
	blocks := []slackapi.Block{
		slackapi.NewHeaderBlock(plain("Readiness check")),
		slackapi.NewSectionBlock(mrkdwn("Tick what you bring and press *Submit*: I'll tell you which level you're ready for, "+
			"what the next one needs, and your top three gaps, from the career guide. Only you see this. I keep nothing "+
			"unless you tick *Remember my answers*."), nil, nil),
	}
	for _, group := range []struct{ kind, label string }{{"technical", "Technical skills"}, {"soft", "Soft skills"}, {"credential", "Credentials"}} {
		choices := cat.Readiness[group.kind]
		for n := 0; n*maxCheckboxes < len(choices); n++ {
			part := choices[n*maxCheckboxes : min(len(choices), (n+1)*maxCheckboxes)]
			var opts, ticked []*slackapi.OptionBlockObject
			for _, c := range part {
				o := slackapi.NewOptionBlockObject(c.Value, plain(cut(c.Label, maxButtonText)), nil)
				opts = append(opts, o)
				if have[c.Value] {
					ticked = append(ticked, o)
				}
			}
			cb := slackapi.NewCheckboxGroupsBlockElement(fmt.Sprintf("%s%s_%d", actionReadyPrefix, group.kind, n), opts...)
			cb.InitialOptions = ticked
			label := group.label
			if n > 0 {
				label += " (more)"
			}
			blocks = append(blocks, slackapi.NewSectionBlock(mrkdwn("*"+label+"*"), nil, nil),
				slackapi.NewActionBlock(fmt.Sprintf("ready_%s_%d", group.kind, n), cb))
		}
	}
	var years []*slackapi.OptionBlockObject
	for y := 0; y <= 20; y++ {
		years = append(years, slackapi.NewOptionBlockObject(strconv.Itoa(y), plain(fmt.Sprintf("%d years", y)), nil))
	}
	sel := slackapi.NewOptionsSelectBlockElement(slackapi.OptTypeStatic, plain("Years of experience"), actionReadyYears, years...)
	sel.InitialOption = years[min(kept.Years, 20)]
	remember := slackapi.NewOptionBlockObject("remember", plain("Remember my answers"), nil)
	rcb := slackapi.NewCheckboxGroupsBlockElement(actionReadyRemember, remember)
	if hasKept {
		rcb.InitialOptions = []*slackapi.OptionBlockObject{remember}
	}
	submit := slackapi.NewButtonBlockElement(actionReadySubmit, "submit", plain("Submit"))
	submit.Style = slackapi.StylePrimary
	blocks = append(blocks, slackapi.NewActionBlock("ready_years", sel), slackapi.NewActionBlock("ready_submit", rcb, submit))
	return message{ResponseType: slackapi.ResponseTypeEphemeral, Text: "Readiness check: tick what you bring", Blocks: blocks}
}

// readinessChoices reads the form's state when Submit is pressed.
func readinessChoices(cb slackapi.InteractionCallback) (items []string, years int, remember bool) {
	for _, actions := range cb.BlockActionState.Values {
		for id, act := range actions {
			switch {
			case id == actionReadyYears:
				years, _ = strconv.Atoi(act.SelectedOption.Value)
			case id == actionReadyRemember:
				remember = len(act.SelectedOptions) > 0
			case strings.HasPrefix(id, actionReadyPrefix):
				for _, o := range act.SelectedOptions {
					items = append(items, o.Value)
				}
			}
		}
	}
	slices.Sort(items)
	return items, years, remember
}

// submitReadiness answers the form: the plan replaces it, privately.
func (a *Adapter) submitReadiness(cb slackapi.InteractionCallback) {
	items, years, remember := readinessChoices(cb)
	text := bot.ReadinessText(items, years, remember)
	user, channel := cb.User.ID, cb.Channel.ID
	a.async("readiness", func(ctx context.Context) {
		reply := a.coach.Answer(ctx, bot.Request{Text: text, User: user, Channel: channel, Platform: "slack", Slash: true})
		blocks, fb := render(reply, renderOpts{Interactive: true, Query: text})
		a.respond(ctx, cb.ResponseURL, message{ResponseType: slackapi.ResponseTypeEphemeral, ReplaceOriginal: true, Text: fb, Blocks: blocks})
	})
}

// shareReadiness posts a plan's short summary publicly, saying whose it is.
func (a *Adapter) shareReadiness(cb slackapi.InteractionCallback, summary string) {
	user := cb.User.ID
	a.async("share plan", func(ctx context.Context) {
		text := "<@" + user + "> shared their readiness plan: " + escape(summary)
		a.respond(ctx, cb.ResponseURL, message{ResponseType: slackapi.ResponseTypeInChannel, Text: text,
			Blocks: []slackapi.Block{slackapi.NewSectionBlock(mrkdwn(cut(text, maxSectionText)), nil, nil),
				slackapi.NewContextBlock("", mrkdwn("Try it: `/mpm readiness`"))}})
	})
}
