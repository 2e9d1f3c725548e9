package bot

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/mpmcoach/mpmcoach/internal/fuzzy"
	"github.com/mpmcoach/mpmcoach/internal/gate"
)

// Profile is what a person says they bring: readiness item ids and years of
// experience. Unknown keeps what wasn't understood, to say so.
type Profile struct {
	Items    []string `json:"items"`
	Years    int      `json:"years"`
	HasYears bool     `json:"has_years"`
	Unknown  []string `json:"unknown,omitempty"`
}

// ProfileStore keeps a person's answers, only when they ask it to. Keys name the
// platform and the user.
type ProfileStore interface {
	LoadProfile(key string) (Profile, bool, error)
	SaveProfile(key string, p Profile) error
	DeleteProfile(key string) (bool, error)
}

// WithProfiles lets the readiness check remember answers (with consent).
func WithProfiles(s ProfileStore) Option { return func(c *Coach) { c.profiles = s } }

// Plan is the result of a readiness check. Every point names the guide fact it rests on.
type Plan struct {
	Profile   Profile  `json:"profile"`
	Ready     string   `json:"ready"`      // level id the person is ready for now, "" for none
	Next      string   `json:"next"`       // the level after it, "" at the top
	NextYears string   `json:"next_years"` // that level's experience, in the guide's words
	Gaps      []Gap    `json:"gaps"`       // the top three, by what the guide stresses
	Points    []Point  `json:"points"`     // every requirement of the next level, met or not
	Tips      []string `json:"tips"`       // readiness tips for the gaps
}

// Gap is one thing to work on, with why it matters and the next step, from the guide.
type Gap struct {
	Item        string `json:"item"` // readiness item id, or "experience"
	Name        string `json:"name"`
	Weight      int    `json:"weight"`
	Why         string `json:"why"`
	WhySection  string `json:"why_section"`
	Step        string `json:"step"`
	StepSection string `json:"step_section"`
}

// Point is one requirement in the breakdown.
type Point struct {
	Item    string `json:"item"`
	Name    string `json:"name"`
	Level   string `json:"level"`
	Have    bool   `json:"have"`
	Weight  int    `json:"weight"`
	Fact    string `json:"fact"` // what the guide says about it
	Section string `json:"section"`
}

// readyShare is the share of a level's requirements, with those of the levels below,
// weighted by how much the guide stresses each, that a person needs (with the level's
// years) to count as ready for it. The first level asks only for its years: it is
// where people learn the rest.
const readyShare = 0.4

var (
	yearsItemRE = gate.MustCompile(`(?i)^(\d{1,2})\s*\+?\s*(years?|yrs?|y)\b`)
	listSplitRE = gate.MustCompile(`\s*(?:[,;\n/]|\band\b|\+|&)\s*`)
)

// parseProfile reads a free list: "billing, hipaa, leadership, 4 years, bachelor's".
func (c *Coach) parseProfile(text string) Profile {
	var p Profile
	seen := map[string]bool{}
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			p.Items = append(p.Items, id)
		}
	}
	for _, chunk := range listSplitRE.Split(strings.ToLower(text), -1) {
		chunk = strings.Trim(chunk, " .!?:\"'()")
		if chunk == "" || fillers[chunk] {
			continue
		}
		if m := yearsItemRE.FindStringSubmatch(chunk); m != nil {
			p.Years, _ = strconv.Atoi(m[1])
			p.HasYears = true
			continue
		}
		if id, ok := c.readyAliases[chunk]; ok {
			add(id)
			continue
		}
		found := false
		for _, w := range strings.Fields(chunk) {
			w = strings.Trim(w, ".'")
			if id, ok := c.readyAliases[w]; ok {
				add(id)
				found = true
				continue
			}
			for alias, id := range c.readyAliases {
				if !strings.Contains(alias, " ") && len(w) >= 5 && fuzzy.SameStart(w, alias) && fuzzy.Within(w, alias) {
					add(id)
					found = true
					break
				}
			}
		}
		if !found {
			p.Unknown = append(p.Unknown, chunk)
		}
	}
	return p
}

// plan scores a profile against the guide's levels.
func (c *Coach) plan(p Profile) Plan {
	g := c.guide
	have := map[string]bool{}
	for _, id := range p.Items {
		have[id] = true
	}
	items := map[string]int{}
	for i, it := range g.Readiness.Items {
		items[it.ID] = i
	}
	var need [][]string // cumulative, per level in order
	var acc []string
	for _, l := range g.Levels {
		acc = append(slices.Clone(acc), g.Readiness.Levels[l.ID]...)
		need = append(need, acc)
	}
	pl := Plan{Profile: p}
	readyAt := -1
	for i, l := range g.Levels {
		min, _ := yearsFrom(l.Years)
		if p.Years < min {
			break // experience is the ceiling
		}
		if i == 0 {
			readyAt = 0
			continue
		}
		var got, all int
		for _, id := range need[i] {
			w := g.Readiness.Items[items[id]].Weight
			all += w
			if have[id] {
				got += w
			}
		}
		if float64(got) < readyShare*float64(all) {
			break // ready for a level means ready for those below it
		}
		readyAt = i
	}
	if readyAt >= 0 {
		pl.Ready = g.Levels[readyAt].ID
	}
	target := readyAt + 1
	if target >= len(g.Levels) {
		target = len(g.Levels) - 1 // at the top: what the top level asks, still
	} else {
		pl.Next = g.Levels[target].ID
		pl.NextYears = g.Levels[target].Years
	}
	// The breakdown: every requirement up to the target level.
	for i := 0; i <= target && i < len(g.Levels); i++ {
		for _, id := range g.Readiness.Levels[g.Levels[i].ID] {
			it := g.Readiness.Items[items[id]]
			fact := c.passages[it.Matters]
			pl.Points = append(pl.Points, Point{Item: id, Name: it.Name, Level: g.Levels[i].ID, Have: have[id],
				Weight: it.Weight, Fact: shorten(fact.Text, 160), Section: fact.Section})
		}
	}
	// Gaps: experience first when it is short, then missing items by weight.
	if pl.Next != "" {
		l := g.Levels[target]
		if min, _ := yearsFrom(l.Years); p.Years < min {
			path := c.passages["path/"+l.ID]
			step := c.passages["steps/2"]
			pl.Gaps = append(pl.Gaps, Gap{Item: "experience", Name: fmt.Sprintf("%d more years of experience", min-p.Years), Weight: 3,
				Why: l.Title + ": " + l.Years, WhySection: path.Section, Step: shorten(step.Text, 200), StepSection: step.Section})
		}
	}
	var missing []Point
	for _, pt := range pl.Points {
		if !pt.Have {
			missing = append(missing, pt)
		}
	}
	slices.SortStableFunc(missing, func(a, b Point) int { return cmp.Compare(b.Weight, a.Weight) })
	for _, pt := range missing {
		if len(pl.Gaps) == 3 {
			break
		}
		it := g.Readiness.Items[items[pt.Item]]
		step := c.passages[it.Close]
		pl.Gaps = append(pl.Gaps, Gap{Item: pt.Item, Name: pt.Name, Weight: pt.Weight, Why: pt.Fact, WhySection: pt.Section,
			Step: shorten(step.Text, 200), StepSection: step.Section})
	}
	// Tips that rest on the same sections as the gaps' next steps.
	for _, gap := range pl.Gaps {
		for _, t := range g.Tips {
			if len(pl.Tips) == 3 {
				break
			}
			if g.SectionTitle(t.Section) == gap.StepSection && !slices.Contains(pl.Tips, t.ID) {
				pl.Tips = append(pl.Tips, t.ID)
				break
			}
		}
	}
	return pl
}

func (c *Coach) levelTitle(id string) string {
	if l, ok := c.guide.Level(id); ok {
		return l.Title
	}
	return id
}

// readiness answers `readiness [list]`, `readiness forget`, and remembers a list when
// the person says `remember` in it.
func (c *Coach) readiness(req Request, arg string) Reply {
	key := req.Platform + ":" + req.User
	words := strings.Fields(strings.ToLower(arg))
	if len(words) == 1 && (words[0] == "forget" || words[0] == "delete" || words[0] == "reset") {
		if c.profiles == nil {
			return Reply{Command: "readiness", Title: "Nothing to forget", Body: []string{"I don't keep readiness answers here."}}
		}
		had, err := c.profiles.DeleteProfile(key)
		if err != nil {
			c.log.Error("deleting readiness answers failed", "err", err)
			return Reply{Command: "readiness", Title: "Sorry, I couldn't delete them", Body: []string{"Please try again."}}
		}
		msg := "I had no readiness answers of yours; nothing is kept."
		if had {
			msg = "Done: I deleted the readiness answers you asked me to remember."
		}
		return Reply{Command: "readiness", Title: "Forgotten", Body: []string{msg}, Suggestions: []string{"readiness"}}
	}
	remember := false
	var rest []string
	for _, w := range strings.Fields(arg) {
		if lw := strings.Trim(strings.ToLower(w), ",.;"); lw == "remember" || lw == "save" {
			remember = true
			continue
		}
		rest = append(rest, w)
	}
	arg = strings.Join(rest, " ")
	fromMemory := false
	var p Profile
	if strings.TrimSpace(arg) == "" {
		if c.profiles != nil {
			if stored, ok, err := c.profiles.LoadProfile(key); err == nil && ok {
				p, fromMemory = stored, true
			}
		}
		if !fromMemory {
			return c.readinessHowTo()
		}
	} else {
		p = c.parseProfile(arg)
	}
	if len(p.Items) == 0 && !p.HasYears {
		r := c.readinessHowTo()
		r.Title = "I didn't recognise any skills or credentials in that"
		return r
	}
	if remember && c.profiles != nil {
		if err := c.profiles.SaveProfile(key, p); err != nil {
			c.log.Error("saving readiness answers failed", "err", err)
		}
	}
	r := c.planReply(c.plan(p), remember && c.profiles != nil, fromMemory)
	if remember && c.profiles == nil {
		r.Body[len(r.Body)-1] = "I can't keep answers here (no readiness state is configured), so I kept nothing."
	}
	return r
}

func (c *Coach) readinessHowTo() Reply {
	var names []string
	for _, it := range c.guide.Readiness.Items {
		if len(it.Aliases) > 0 {
			names = append(names, it.Aliases[0])
		}
	}
	return Reply{Command: "readiness", Title: "Readiness check: where do you stand?",
		Body: []string{
			"Tell me what you bring, as a list: `readiness billing, hipaa, leadership, 4 years, bachelor's`",
			"I know these, and the usual words for them: " + strings.Join(names, ", ") + ".",
			"I keep nothing unless you add `remember`; `readiness forget` deletes what you asked me to keep.",
		},
		Suggestions: []string{"readiness billing, ehr, leadership, 4 years, bachelor's", "path", "steps"}}
}

// planReply renders a plan: the level, the top gaps with next steps, the tips.
func (c *Coach) planReply(pl Plan, remembered, fromMemory bool) Reply {
	ready := "Not yet at the first level"
	if pl.Ready != "" {
		ready = c.levelTitle(pl.Ready)
	}
	next := "You're at the top level of the career path"
	if pl.Next != "" {
		next = c.levelTitle(pl.Next) + " (" + pl.NextYears + ")"
	}
	r := Reply{Command: "readiness", Title: "Your readiness plan", Plan: &pl,
		Fields: []Field{{Name: "Ready now", Value: ready}, {Name: "Next", Value: next}}}
	var gapLines []string
	for i, gp := range pl.Gaps {
		gapLines = append(gapLines, fmt.Sprintf("%d. %s: %s (%s)", i+1, gp.Name, gp.Step, gp.StepSection))
		r.addSource(gp.StepSection)
	}
	summary := fmt.Sprintf("Ready now: %s. Next: %s.", ready, next)
	if len(pl.Gaps) > 0 {
		var names []string
		for _, gp := range pl.Gaps {
			names = append(names, gp.Name)
		}
		summary += " Top gaps: " + strings.Join(names, "; ") + "."
		r.Body = append(r.Body, "*Top gaps, by what the guide stresses:*\n"+strings.Join(gapLines, "\n"))
	}
	var have, missing int
	for _, pt := range pl.Points {
		if pt.Have {
			have++
		} else {
			missing++
		}
	}
	r.Body = append(r.Body, fmt.Sprintf("You have %d of the %d skills and credentials the guide names for the levels up to the next; %d years of experience.", have, have+missing, pl.Profile.Years))
	var tips []string
	for _, id := range pl.Tips {
		if t, ok := c.guide.Tip(id); ok {
			tips = append(tips, "• "+t.Text)
		}
	}
	if len(tips) > 0 {
		r.Body = append(r.Body, "*This week:*\n"+strings.Join(tips, "\n"))
	}
	if len(pl.Profile.Unknown) > 0 {
		r.Body = append(r.Body, "I didn't recognise: "+strings.Join(pl.Profile.Unknown, ", ")+".")
	}
	switch {
	case fromMemory:
		r.Body = append(r.Body, "From the answers you asked me to remember; `readiness forget` deletes them.")
	case remembered:
		r.Body = append(r.Body, "I'll remember these answers for next time; `readiness forget` deletes them.")
	default:
		r.Body = append(r.Body, "I keep nothing of this unless you add `remember`.")
	}
	r.Answers = append(r.Answers, Answer{ID: "readiness/plan", Section: c.guide.SectionTitle("career-path"),
		Title: "Ready now: " + ready + "; next: " + next, Text: summary, Score: 1})
	for _, gp := range pl.Gaps {
		r.Answers = append(r.Answers, Answer{ID: "readiness/gap/" + gp.Item, Section: gp.StepSection, Title: gp.Name, Text: gp.Step, Score: 1})
	}
	r.Suggestions = []string{"steps", "path"}
	if pl.Next != "" {
		r.Suggestions = []string{"path " + pl.Next, "salary " + pl.Next, "steps"}
	}
	return r
}

// StoredProfile returns the answers a person asked to keep, for a form to start from.
func (c *Coach) StoredProfile(platform, user string) (Profile, bool) {
	if c.profiles == nil || user == "" {
		return Profile{}, false
	}
	p, ok, err := c.profiles.LoadProfile(platform + ":" + user)
	if err != nil {
		c.log.Error("reading kept readiness answers failed", "err", err)
	}
	return p, ok && err == nil
}

// ReadinessText is the command a form's choices stand for, so that every platform's
// form goes through the same grammar as a typed list.
func ReadinessText(items []string, years int, remember bool) string {
	parts := append(slices.Clone(items), fmt.Sprintf("%d years", years))
	s := "readiness " + strings.Join(parts, ", ")
	if remember {
		s += ", remember"
	}
	return s
}
