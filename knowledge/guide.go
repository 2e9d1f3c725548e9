// Package knowledge holds the Medical Practice Manager career guide as typed Go values.
//
// The guide is YAML (guide.yaml, embedded into the binary); operators may load their own
// edited copy instead. Every text field that comes from the guide is kept word for word,
// so the bot can quote it and cite the section it came from. knowledge imports nothing
// else of ours.
package knowledge

import (
	_ "embed"
	"strings"
)

//go:embed guide.yaml
var defaultGuide []byte

// DefaultName is the file name errors use for the embedded guide.
const DefaultName = "guide.yaml (embedded)"

// Default returns the guide embedded in the binary. It is checked by the tests, so an
// error here means a broken build; callers may still report it rather than panic.
func Default() (*Guide, error) {
	return Parse(DefaultName, defaultGuide)
}

// DefaultYAML returns the embedded guide file, for an operator to start an edit from.
func DefaultYAML() []byte { return append([]byte(nil), defaultGuide...) }

// Guide is the whole career guide.
type Guide struct {
	Title          string          `yaml:"title"`
	Intro          string          `yaml:"intro"`
	KeyFacts       KeyFacts        `yaml:"key_facts"`
	Sections       []Section       `yaml:"sections"`
	Steps          []Step          `yaml:"steps"`
	Levels         []Level         `yaml:"levels"`
	Countries      []Country       `yaml:"countries"`
	FAQ            []FAQ           `yaml:"faq"`
	RelatedCareers []RelatedCareer `yaml:"related_careers"`
	Tips           []Tip           `yaml:"tips"`
	Readiness      Readiness       `yaml:"readiness"`

	sectionByID map[string]*Section
}

// Readiness is the model behind the readiness check: the skills and credentials the
// guide names, and which of them each career level needs.
type Readiness struct {
	Items []ReadinessItem `yaml:"items"`
	// Levels maps a level id to the item ids it needs on top of the levels below it.
	Levels map[string][]string `yaml:"levels"`
}

// ReadinessItem is one skill or credential.
type ReadinessItem struct {
	ID      string   `yaml:"id"`
	Kind    string   `yaml:"kind"` // technical, soft or credential
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
	Weight  int      `yaml:"weight"`  // how much the guide stresses it, 1-3
	Matters string   `yaml:"matters"` // passage id: why it matters
	Close   string   `yaml:"close"`   // passage id: the next step to close the gap
}

// KeyFacts are the headline figures at the top of the guide.
type KeyFacts struct {
	Title        string `yaml:"title"`
	MedianSalary Fact   `yaml:"median_salary"`
	SalaryRange  Fact   `yaml:"salary_range"`
	Growth       Fact   `yaml:"growth"`
	Openings     Fact   `yaml:"openings"`
	Education    Fact   `yaml:"education"`
}

// Fact is one labelled figure, such as "Median Salary: $104,830 USD (BLS, May 2023)".
type Fact struct {
	Label string `yaml:"label"`
	Value string `yaml:"value"`
	Note  string `yaml:"note,omitempty"`
}

// String renders the fact on one line.
func (f Fact) String() string {
	s := f.Label + ": " + f.Value
	if f.Note != "" {
		s += " " + f.Note
	}
	return s
}

// Section is a titled part of the guide: paragraphs, a bulleted list, or both.
// Parent is the heading the section sits under on the page, if any.
type Section struct {
	ID         string   `yaml:"id"`
	Title      string   `yaml:"title"`
	Parent     string   `yaml:"parent,omitempty"`
	Paragraphs []string `yaml:"paragraphs,omitempty"`
	Items      []Item   `yaml:"items,omitempty"`
}

// Item is one bullet. Name is set where the guide gives the bullet a lead-in
// ("Conflict Resolution: ...").
type Item struct {
	Name string `yaml:"name,omitempty"`
	Text string `yaml:"text"`
}

// String renders the bullet as the guide shows it.
func (it Item) String() string {
	if it.Name == "" {
		return it.Text
	}
	return it.Name + ": " + it.Text
}

// Step is one of the steps to become a Medical Practice Manager.
type Step struct {
	Title string `yaml:"title"`
	Text  string `yaml:"text"`
}

// Level is one career level: the salary table and the career path describe the same five.
type Level struct {
	ID      string   `yaml:"id"`
	Title   string   `yaml:"title"`
	Aliases []string `yaml:"aliases"`
	Years   string   `yaml:"years"`
	Median  string   `yaml:"median"`
	Average string   `yaml:"average"`
	Role    string   `yaml:"role"`
	Focus   string   `yaml:"focus"`
}

// Country is one row of the global salary figures.
type Country struct {
	ID      string   `yaml:"id"`
	Name    string   `yaml:"name"`
	Aliases []string `yaml:"aliases"`
	Salary  string   `yaml:"salary"`
}

// FAQ is one frequently asked question with the guide's answer.
type FAQ struct {
	ID       string `yaml:"id"`
	Question string `yaml:"question"`
	Answer   string `yaml:"answer"`
}

// RelatedCareer is a role the guide lists as similar.
type RelatedCareer struct {
	Name string `yaml:"name"`
	Text string `yaml:"text"`
}

// Tip is a readiness tip: one action for this week, resting on a guide section.
type Tip struct {
	ID      string `yaml:"id"`
	Section string `yaml:"section"`
	Text    string `yaml:"text"`
}

// Section ids the bot's commands rely on. A guide must have them.
const (
	SecKeyFacts        = "key-facts"
	SecTechnicalSkills = "technical-skills"
	SecSoftSkills      = "soft-skills"
	SecHowToBecome     = "how-to-become"
	SecSalaryOutlook   = "salary-outlook"
	SecSalaryLevels    = "salary-levels"
	SecMarket          = "market-commentary"
	SecCareerPath      = "career-path"
	SecGlobal          = "global"
	SecGlobalSalaries  = "global-salaries"
	SecFAQ             = "faq"
	SecRelatedCareers  = "related-careers"
	// SecDiversity is optional: search uses it when a guide has it.
	SecDiversity = "diversity"
)

// requiredSections are the ids above that must appear in sections: (key-facts is
// implied by key_facts and needs no entry).
var requiredSections = []string{
	SecTechnicalSkills, SecSoftSkills, SecHowToBecome, SecSalaryOutlook, SecSalaryLevels,
	SecMarket, SecCareerPath, SecGlobalSalaries, SecFAQ,
}

// Section returns the section with the given id. The key facts count as a section of
// their own, with id "key-facts".
func (g *Guide) Section(id string) (*Section, bool) {
	s, ok := g.sectionByID[id]
	return s, ok
}

// SectionTitle returns the title of the section with the given id, or the id itself.
func (g *Guide) SectionTitle(id string) string {
	if s, ok := g.sectionByID[id]; ok {
		return s.Title
	}
	return id
}

// Level returns the level with the given id.
func (g *Guide) Level(id string) (*Level, bool) {
	for i := range g.Levels {
		if g.Levels[i].ID == id {
			return &g.Levels[i], true
		}
	}
	return nil, false
}

// Country returns the country with the given id.
func (g *Guide) Country(id string) (*Country, bool) {
	for i := range g.Countries {
		if g.Countries[i].ID == id {
			return &g.Countries[i], true
		}
	}
	return nil, false
}

// Tip returns the tip with the given id.
func (g *Guide) Tip(id string) (*Tip, bool) {
	for i := range g.Tips {
		if g.Tips[i].ID == id {
			return &g.Tips[i], true
		}
	}
	return nil, false
}

func (g *Guide) indexSections() {
	g.sectionByID = make(map[string]*Section, len(g.Sections)+1)
	for i := range g.Sections {
		g.sectionByID[g.Sections[i].ID] = &g.Sections[i]
	}
	g.sectionByID[SecKeyFacts] = &Section{ID: SecKeyFacts, Title: g.KeyFacts.Title}
}

// normSpace folds runs of white space, so text wrapped in the YAML compares equal to
// the guide's one-line paragraphs.
func normSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
