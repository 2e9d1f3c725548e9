package knowledge

import (
	"errors"
	"fmt"
	"strings"
)

// Kind says what part of the guide a passage comes from.
type Kind string

// The kinds of passage.
const (
	KindIntro     Kind = "intro"
	KindFact      Kind = "fact"
	KindParagraph Kind = "paragraph"
	KindItem      Kind = "item"
	KindStep      Kind = "step"
	KindSalary    Kind = "salary"
	KindLevel     Kind = "level"
	KindCountry   Kind = "country"
	KindFAQ       Kind = "faq"
	KindRelated   Kind = "related"
)

// Passage is the smallest piece of the guide that answers one thing: a paragraph, a
// bullet, a FAQ answer, a salary row, a career level. Text is what a person is shown;
// Section is the title of the guide section it is cited from.
type Passage struct {
	ID        string
	Kind      Kind
	SectionID string
	Section   string
	Title     string
	Text      string
	// Group is the top-level heading the passage sits under: its section's parent, or
	// its section when that has none.
	Group string
	// Ref is the level, country or FAQ id the passage is about, if any.
	Ref string
	// Keywords are words people use for the passage's subject that its text may lack
	// (level and country aliases). They help search; they are never shown.
	Keywords []string
}

// Passages flattens the guide into passages, in guide order. Ids are stable across
// edits of the text: they come from section, level, country and FAQ ids and positions.
func (g *Guide) Passages() []Passage {
	var ps []Passage
	add := func(p Passage) {
		if p.Section == "" {
			p.Section = g.SectionTitle(p.SectionID)
		}
		p.Group = p.Section
		if s, ok := g.Section(p.SectionID); ok && s.Parent != "" {
			p.Group = s.Parent
		}
		ps = append(ps, p)
	}
	add(Passage{ID: "intro", Kind: KindIntro, SectionID: "intro", Section: g.Title, Title: g.Title, Text: g.Intro})
	kf := g.KeyFacts
	for _, f := range []struct {
		id   string
		fact Fact
	}{
		{"median-salary", kf.MedianSalary}, {"salary-range", kf.SalaryRange}, {"growth", kf.Growth},
		{"openings", kf.Openings}, {"education", kf.Education},
	} {
		// The id's words ("salary range") say what a bare label ("Range") leaves out.
		add(Passage{ID: "facts/" + f.id, Kind: KindFact, SectionID: SecKeyFacts, Title: f.fact.Label, Text: f.fact.String(),
			Keywords: strings.Split(f.id, "-")})
	}
	for _, s := range g.Sections {
		if s.ID == SecRelatedCareers {
			continue // its lead-in is only a heading for the list below
		}
		for i, para := range s.Paragraphs {
			add(Passage{ID: fmt.Sprintf("%s/p%d", s.ID, i+1), Kind: KindParagraph, SectionID: s.ID, Title: s.Title, Text: para})
		}
		for i, it := range s.Items {
			title := s.Title
			if it.Name != "" {
				title = it.Name
			}
			add(Passage{ID: fmt.Sprintf("%s/%d", s.ID, i+1), Kind: KindItem, SectionID: s.ID, Title: title, Text: it.String()})
		}
	}
	for i, st := range g.Steps {
		add(Passage{ID: fmt.Sprintf("steps/%d", i+1), Kind: KindStep, SectionID: SecHowToBecome,
			Title: fmt.Sprintf("Step %d: %s", i+1, st.Title), Text: st.Text})
	}
	for _, l := range g.Levels {
		add(Passage{ID: "salary/" + l.ID, Kind: KindSalary, SectionID: SecSalaryLevels, Title: l.Title, Text: l.SalaryText(), Ref: l.ID,
			Keywords: append([]string{"salary"}, l.Aliases...)})
	}
	for _, l := range g.Levels {
		add(Passage{ID: "path/" + l.ID, Kind: KindLevel, SectionID: SecCareerPath, Title: l.Title, Text: l.PathText(), Ref: l.ID, Keywords: l.Aliases})
	}
	for _, c := range g.Countries {
		// No aliases as keywords: "work in the UK" is about visas, not pay; pay questions
		// that name a country get this row through the grammar.
		add(Passage{ID: "country/" + c.ID, Kind: KindCountry, SectionID: SecGlobalSalaries,
			Title: "Medical Practice Manager salary: " + c.Name, Text: c.Name + ": " + c.Salary + ".", Ref: c.ID})
	}
	for _, f := range g.FAQ {
		add(Passage{ID: "faq/" + f.ID, Kind: KindFAQ, SectionID: SecFAQ, Title: f.Question, Text: f.Answer, Ref: f.ID})
	}
	if len(g.RelatedCareers) > 0 {
		names := make([]string, len(g.RelatedCareers))
		for i, r := range g.RelatedCareers {
			names[i] = r.Name
		}
		lead := ""
		if s, ok := g.Section(SecRelatedCareers); ok && len(s.Paragraphs) > 0 {
			lead = strings.Join(s.Paragraphs, " ") + " "
		}
		add(Passage{ID: "related-careers/list", Kind: KindRelated, SectionID: SecRelatedCareers,
			Title: g.SectionTitle(SecRelatedCareers), Text: lead + strings.Join(names, ", ") + "."})
	}
	return ps
}

// SalaryText is the level's row of the salary table, in words.
func (l Level) SalaryText() string {
	return fmt.Sprintf("%s: US median %s, US average %s.", l.Title, l.Median, l.Average)
}

// PathText is the level's career-path entry: years, what the role does, focus areas.
func (l Level) PathText() string {
	return fmt.Sprintf("%s. %s Key focus areas: %s", l.Years, l.Role, l.Focus)
}

// Match is a passage found by a search, best first; Score is only comparable within
// one search.
type Match struct {
	ID    string
	Score float64
}

// ErrOffTopic is what a search says of a question about another job or subject ("how
// much do doctors make", "best places to travel in europe"): nothing in the guide
// answers it, whatever words they share.
var ErrOffTopic = errors.New("the question is not about this career")
