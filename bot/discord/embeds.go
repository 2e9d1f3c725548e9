package discord

import (
	"strings"
	"unicode/utf8"

	dg "github.com/bwmarrin/discordgo"

	"github.com/mpmcoach/mpmcoach/bot"
	"github.com/mpmcoach/mpmcoach/internal/fit"
)

// Discord's message limits (counted in characters).
const (
	maxContent     = 2000
	maxTitle       = 256
	maxDesc        = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxEmbedsTotal = 6000
	maxEmbeds      = 10
	maxCustomID    = 100
	maxLabel       = 80
	maxButtons     = 5
)

const (
	customShare = "mpm_share"
	customAsk   = "mpm_ask:" // followed by the follow-up command
	color       = 0x1d5f6f
)

type renderOpts struct {
	// Interactive replies are private answers to /mpm: follow-up and Share buttons.
	Interactive bool
}

// cutRunes shortens s to at most n characters (Discord counts characters), marking
// the cut with "…".
func cutRunes(s string, n int) string { return fit.Cut(s, n, fit.Runes) }

// splitRunes splits s into pieces of at most n characters at paragraph, line or word
// boundaries.
func splitRunes(s string, n int) []string { return fit.Split(s, n, fit.Runes) }

func runes(s string) int { return utf8.RuneCountInString(s) }

// render turns a reply into embeds within Discord's limits, and buttons for a private
// interactive reply. Long answers are split over embeds, and past the 6000-character
// total they are shortened with a visible pointer to the guide section.
func render(r bot.Reply, o renderOpts) ([]*dg.MessageEmbed, []dg.MessageComponent) {
	first := &dg.MessageEmbed{Title: cutRunes(r.Title, maxTitle), Color: color}
	embeds := []*dg.MessageEmbed{first}
	budget := maxEmbedsTotal - runes(first.Title)

	var fields []*dg.MessageEmbedField
	if r.Table != nil {
		for _, row := range r.Table.Rows {
			var vals []string
			for i := 1; i < len(row) && i < len(r.Table.Columns); i++ {
				vals = append(vals, r.Table.Columns[i]+" "+row[i])
			}
			fields = append(fields, &dg.MessageEmbedField{Name: cutRunes(row[0], maxFieldName), Value: cutRunes(strings.Join(vals, " · "), maxFieldValue)})
		}
	}
	for _, f := range r.Fields {
		fields = append(fields, &dg.MessageEmbedField{Name: cutRunes(f.Name, maxFieldName), Value: cutRunes(f.Value, maxFieldValue), Inline: true})
	}
	// Fields get at most half the 6000 characters, and at most 25 of them; the rest is
	// replaced by a visible note.
	more := &dg.MessageEmbedField{Name: "…", Value: "More in the guide."}
	used := 0
	for i, f := range fields {
		n := runes(f.Name) + runes(f.Value)
		if i == maxFields-1 && len(fields) > maxFields || used+n > maxEmbedsTotal/2 {
			fields = append(fields[:i], more)
			used += runes(more.Name) + runes(more.Value)
			break
		}
		used += n
	}
	budget -= used
	first.Fields = fields

	footer := ""
	if len(r.Sources) > 0 {
		footer = "📖 Source: " + strings.Join(r.Sources, "; ") + " · Medical Practice Manager career guide"
	}
	if !o.Interactive && len(r.Suggestions) > 0 {
		if footer != "" {
			footer += "\n"
		}
		footer += "Try: /mpm " + strings.Join(r.Suggestions, " · /mpm ")
	}
	footer = cutRunes(footer, maxFooter)
	budget -= runes(footer)

	desc := strings.Join(r.Body, "\n\n")
	if runes(desc) > budget {
		more := "\n\n… the answer goes on in the guide"
		if len(r.Sources) > 0 {
			more += ", section " + r.Sources[0]
		}
		desc = cutRunes(desc, max(budget-runes(more), 1)) + more
	}
	for i, part := range splitRunes(desc, maxDesc) {
		if i == 0 {
			first.Description = part
			continue
		}
		if len(embeds) == maxEmbeds {
			break
		}
		embeds = append(embeds, &dg.MessageEmbed{Description: part, Color: color})
	}
	if footer != "" {
		embeds[len(embeds)-1].Footer = &dg.MessageEmbedFooter{Text: footer}
	}

	if !o.Interactive {
		return embeds, nil
	}
	var buttons []dg.MessageComponent
	for _, s := range r.Suggestions {
		if len(buttons) == maxButtons-1 {
			break
		}
		if len(customAsk+s) > maxCustomID {
			continue
		}
		buttons = append(buttons, dg.Button{Label: cutRunes(s, maxLabel), Style: dg.SecondaryButton, CustomID: customAsk + s})
	}
	switch {
	case r.Plan != nil && len(r.Answers) > 0: // personal: only the summary, only if asked
		buttons = append(buttons, dg.Button{Label: "Share my plan", Style: dg.SecondaryButton, CustomID: customReadyShare})
	case len(r.Answers) > 0:
		buttons = append(buttons, dg.Button{Label: "Share", Style: dg.PrimaryButton, CustomID: customShare})
	}
	if len(buttons) == 0 {
		return embeds, nil
	}
	return embeds, []dg.MessageComponent{dg.ActionsRow{Components: buttons}}
}
