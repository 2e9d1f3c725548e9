package discord

import (
	"strings"

	dg "github.com/bwmarrin/discordgo"

	"github.com/mpmcoach/mpmcoach/bot"
)

// Discord's limits on application commands.
const (
	maxChoices     = 25
	maxChoiceName  = 100
	maxDescription = 100
)

func choices(cs []bot.Choice) []*dg.ApplicationCommandOptionChoice {
	var out []*dg.ApplicationCommandOptionChoice
	for _, c := range cs {
		if len(out) == maxChoices {
			break
		}
		out = append(out, &dg.ApplicationCommandOptionChoice{Name: cutRunes(c.Label, maxChoiceName), Value: c.Value})
	}
	return out
}

// commands is /mpm, its subcommands mirroring the grammar.
func commands(cat bot.Catalog) []*dg.ApplicationCommand {
	str := func(name, desc string, opts ...func(*dg.ApplicationCommandOption)) *dg.ApplicationCommandOption {
		o := &dg.ApplicationCommandOption{Type: dg.ApplicationCommandOptionString, Name: name, Description: cutRunes(desc, maxDescription)}
		for _, f := range opts {
			f(o)
		}
		return o
	}
	withChoices := func(cs []*dg.ApplicationCommandOptionChoice) func(*dg.ApplicationCommandOption) {
		return func(o *dg.ApplicationCommandOption) { o.Choices = cs }
	}
	sub := func(name, desc string, opts ...*dg.ApplicationCommandOption) *dg.ApplicationCommandOption {
		return &dg.ApplicationCommandOption{Type: dg.ApplicationCommandOptionSubCommand, Name: name,
			Description: cutRunes(desc, maxDescription), Options: opts}
	}
	levels, countries := choices(cat.Levels), choices(cat.Countries)
	return []*dg.ApplicationCommand{{
		Name:        "mpm",
		Description: "Medical Practice Manager career coach, answering from one career guide",
		Options: []*dg.ApplicationCommandOption{
			sub("salary", "Pay by career level or country",
				str("level", "Career level", withChoices(levels)),
				str("country", "Country", withChoices(countries))),
			sub("path", "The five career levels, or one level's years, role and focus areas",
				str("level", "Career level", withChoices(levels))),
			sub("skills", "Technical and soft skills the job needs",
				str("type", "Which skills", withChoices([]*dg.ApplicationCommandOptionChoice{
					{Name: "Technical", Value: "technical"}, {Name: "Soft", Value: "soft"}}))),
			sub("faq", "The guide's frequently asked questions",
				str("question", "Start typing a question", func(o *dg.ApplicationCommandOption) { o.Autocomplete = true })),
			sub("steps", "Six steps to become a Medical Practice Manager"),
			sub("outlook", "Job growth and demand"),
			sub("tip", "One thing to do this week to get ready"),
			sub("ask", "Ask anything about the career",
				str("question", "Your question", func(o *dg.ApplicationCommandOption) { o.Required = true; o.MaxLength = 2000 })),
			sub("readiness", "Which level you're ready for, and your top gaps, from the guide",
				str("answers", "Or type a list: billing, hipaa, leadership, 4 years (or: forget)", func(o *dg.ApplicationCommandOption) { o.MaxLength = 1000 })),
			sub("help", "What the coach can do"),
		},
	}}
}

// commandText turns /mpm's subcommand and options into the text the grammar reads:
// `/mpm salary level:senior` is "salary senior".
func commandText(data dg.ApplicationCommandInteractionData) string {
	if len(data.Options) == 0 {
		return "help"
	}
	sub := data.Options[0]
	parts := []string{sub.Name}
	if sub.Name == "ask" {
		parts = nil // the question is the whole text
	}
	for _, o := range sub.Options {
		// Read the value as sent: StringValue panics on a missing or non-string value.
		if v, ok := o.Value.(string); ok && o.Type == dg.ApplicationCommandOptionString {
			parts = append(parts, v)
		}
	}
	return strings.TrimSpace(strings.Join(parts, " "))
}

// faqChoices are the FAQ questions matching what the user has typed so far, at most 25:
// every typed word must start a word of the question.
func faqChoices(faq []bot.Choice, typed string) []*dg.ApplicationCommandOptionChoice {
	typedWords := strings.Fields(strings.ToLower(typed))
	var out []*dg.ApplicationCommandOptionChoice
	for _, f := range faq {
		q := " " + strings.ToLower(f.Label)
		match := true
		for _, w := range typedWords {
			if !strings.Contains(q, " "+w) {
				match = false
				break
			}
		}
		if match {
			out = append(out, &dg.ApplicationCommandOptionChoice{Name: cutRunes(f.Label, maxChoiceName), Value: f.Value})
		}
		if len(out) == maxChoices {
			break
		}
	}
	return out
}
