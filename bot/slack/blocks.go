package slack

import (
	"fmt"
	"strings"

	slackapi "github.com/slack-go/slack"

	"github.com/mpmcoach/mpmcoach/bot"
	"github.com/mpmcoach/mpmcoach/internal/fit"
)

// Block Kit limits (Slack's documentation; nothing in slack-go enforces them, and Slack
// rejects a message that breaks one).
const (
	maxBlocks      = 50
	maxSectionText = 3000
	maxHeaderText  = 150
	maxFields      = 10
	maxFieldText   = 2000
	maxButtonText  = 75
	maxButtonValue = 2000
	maxFallback    = 3000
	maxButtons     = 5 // our choice: more is noise
)

// Action ids of our buttons.
const (
	actionShare = "mpm_share" // value: the question; posts the answer publicly
	actionAsk   = "mpm_ask"   // value: a follow-up command; answers it privately
)

// renderOpts say where a reply goes.
type renderOpts struct {
	// Interactive replies are private (ephemeral) answers to a slash command: they get
	// follow-up buttons and a Share button.
	Interactive bool
	// Query is the text that produced the reply; Share answers it again, publicly.
	Query string
	// SharedBy is the user who shared a reply into the channel.
	SharedBy string
}

// mrkdwnEscaper is built once: building a Replacer costs more than using it.
var mrkdwnEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// escape makes guide text safe for mrkdwn: Slack reads &, < and > as markup.
func escape(s string) string { return mrkdwnEscaper.Replace(s) }

// cut shortens s to at most n bytes at a word boundary, marking the cut visibly.
// Slack states its limits in characters without saying how it counts them; bytes are
// never more than that.
func cut(s string, n int) string { return fit.Cut(s, n, fit.Bytes) }

// chunks splits text into pieces of at most n bytes, at paragraph, line or word
// boundaries, so a long answer becomes several sections rather than a rejected one.
func chunks(s string, n int) []string { return fit.Split(s, n, fit.Bytes) }

func mrkdwn(s string) *slackapi.TextBlockObject {
	return slackapi.NewTextBlockObject(slackapi.MarkdownType, s, false, false)
}

func plain(s string) *slackapi.TextBlockObject {
	return slackapi.NewTextBlockObject(slackapi.PlainTextType, s, true, false)
}

// render turns a reply into Block Kit blocks within Slack's limits, and the plain text
// Slack shows in notifications and where blocks can't be shown.
func render(r bot.Reply, o renderOpts) ([]slackapi.Block, string) {
	var head, body, tail []slackapi.Block
	if r.Title != "" {
		head = append(head, slackapi.NewHeaderBlock(plain(cut(r.Title, maxHeaderText))))
	}
	for _, p := range r.Body {
		for _, c := range chunks(escape(p), maxSectionText) {
			body = append(body, slackapi.NewSectionBlock(mrkdwn(c), nil, nil))
		}
	}
	if r.Table != nil && len(r.Table.Rows) > 0 {
		var lines []string
		for _, row := range r.Table.Rows {
			line := "*" + escape(row[0]) + "*"
			for i := 1; i < len(row) && i < len(r.Table.Columns); i++ {
				line += fmt.Sprintf("  ·  %s %s", escape(r.Table.Columns[i]), escape(row[i]))
			}
			lines = append(lines, line)
		}
		for _, c := range chunks(strings.Join(lines, "\n"), maxSectionText) {
			body = append(body, slackapi.NewSectionBlock(mrkdwn(c), nil, nil))
		}
	}
	var fields []*slackapi.TextBlockObject
	for _, f := range r.Fields {
		fields = append(fields, mrkdwn(cut("*"+escape(f.Name)+"*\n"+escape(f.Value), maxFieldText)))
		if len(fields) == maxFields {
			body = append(body, slackapi.NewSectionBlock(nil, fields, nil))
			fields = nil
		}
	}
	if len(fields) > 0 {
		body = append(body, slackapi.NewSectionBlock(nil, fields, nil))
	}

	var context []slackapi.MixedElement
	if len(r.Sources) > 0 {
		context = append(context, mrkdwn(cut("📖 Source: *"+escape(strings.Join(r.Sources, "; "))+"*, Medical Practice Manager career guide", maxSectionText)))
	}
	if o.SharedBy != "" {
		context = append(context, mrkdwn("Shared by <@"+o.SharedBy+">"))
	}
	if !o.Interactive && len(r.Suggestions) > 0 {
		var tries []string
		for _, s := range r.Suggestions {
			tries = append(tries, "`/mpm "+escape(s)+"`")
		}
		context = append(context, mrkdwn(cut("Try "+strings.Join(tries, " · "), maxSectionText)))
	}
	if len(context) > 0 {
		tail = append(tail, slackapi.NewContextBlock("", context...))
	}
	if o.Interactive {
		var buttons []slackapi.BlockElement
		for i, s := range r.Suggestions {
			if len(buttons) == maxButtons-1 {
				break
			}
			b := slackapi.NewButtonBlockElement(fmt.Sprintf("%s_%d", actionAsk, i), cut(s, maxButtonValue), plain(cut(s, maxButtonText)))
			buttons = append(buttons, b)
		}
		switch {
		case r.Plan != nil && len(r.Answers) > 0:
			// A plan is personal: only its short summary is shared, and only if asked.
			share := slackapi.NewButtonBlockElement(actionReadyShare, cut(r.Answers[0].Text, maxButtonValue), plain("Share my plan"))
			buttons = append(buttons, share)
		case len(r.Answers) > 0 && o.Query != "" && len(o.Query) <= maxButtonValue:
			share := slackapi.NewButtonBlockElement(actionShare, o.Query, plain("Share in channel"))
			share.Style = slackapi.StylePrimary
			buttons = append(buttons, share)
		}
		if len(buttons) > 0 {
			tail = append(tail, slackapi.NewActionBlock("mpm_actions", buttons...))
		}
	}

	// Never more than Slack takes: drop body blocks from the end, and say so.
	if room := maxBlocks - len(head) - len(tail); len(body) > room {
		body = body[:room-1]
		more := "…the answer goes on in the guide"
		if len(r.Sources) > 0 {
			more += ", section *" + escape(r.Sources[0]) + "*"
		}
		body = append(body, slackapi.NewContextBlock("", mrkdwn(more+".")))
	}
	blocks := append(append(head, body...), tail...)
	return blocks, fallback(r)
}

// fallback is the reply as plain text for notifications: the title and the first
// paragraph.
func fallback(r bot.Reply) string {
	s := r.Title
	if len(r.Body) > 0 {
		if s != "" {
			s += ": "
		}
		s += r.Body[0]
	}
	return cut(escape(s), maxFallback)
}
