package knowledge

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// maxGuideSize bounds what Load reads: the real guide is about 70 KB.
const maxGuideSize = 8 << 20

// Error is one problem in a guide file, located by file and line.
type Error struct {
	File string
	Line int // 0 when the problem has no single line
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Load reads and parses a guide file.
func Load(path string) (*Guide, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open guide: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxGuideSize+1))
	if err != nil {
		return nil, fmt.Errorf("read guide %s: %w", path, err)
	}
	if len(data) > maxGuideSize {
		return nil, &Error{File: path, Msg: fmt.Sprintf("file is larger than %d MB", maxGuideSize>>20)}
	}
	return Parse(path, data)
}

// Parse parses and validates a guide. name is used in error messages. Every problem
// found is reported, each as an *Error naming the file and line, joined with errors.Join.
func Parse(name string, data []byte) (*Guide, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlError(name, err)
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return nil, &Error{File: name, Msg: "the guide is empty"}
	}
	if root.Content[0].Kind != yaml.MappingNode {
		return nil, &Error{File: name, Line: root.Content[0].Line, Msg: "the guide must be a mapping of fields (title:, sections:, ...)"}
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var g Guide
	if err := dec.Decode(&g); err != nil {
		return nil, yamlError(name, err)
	}
	v := validator{file: name, root: root.Content[0]}
	v.check(&g)
	if len(v.errs) > 0 {
		return nil, errors.Join(v.errs...)
	}
	g.normalize()
	g.indexSections()
	v.checkReadiness(&g)
	if len(v.errs) > 0 {
		return nil, errors.Join(v.errs...)
	}
	return &g, nil
}

// checkReadiness runs once the guide is whole: items cite passages by id.
func (v *validator) checkReadiness(g *Guide) {
	passages := map[string]bool{}
	for _, p := range g.Passages() {
		passages[p.ID] = true
	}
	items := map[string]int{}
	for i, it := range g.Readiness.Items {
		p := []any{"readiness", "items", i}
		v.unique(items, p, it.ID)
		v.required(p, "name", it.Name)
		switch it.Kind {
		case "technical", "soft", "credential":
		default:
			v.errorf(append(p, "kind"), "kind %q: want technical, soft or credential", it.Kind)
		}
		if it.Weight < 1 || it.Weight > 3 {
			v.errorf(append(p, "weight"), "weight %d: want 1 to 3", it.Weight)
		}
		for _, f := range []struct{ name, id string }{{"matters", it.Matters}, {"close", it.Close}} {
			if !passages[f.id] {
				v.errorf(append(p, f.name), "%s: no passage %q", f.name, f.id)
			}
		}
	}
	for level, need := range g.Readiness.Levels {
		if _, ok := g.Level(level); !ok {
			v.errorf([]any{"readiness", "levels", level}, "no level %q in levels", level)
		}
		for _, id := range need {
			if _, ok := items[id]; !ok {
				v.errorf([]any{"readiness", "levels", level}, "level %q needs unknown item %q", level, id)
			}
		}
	}
}

var lineRE = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)
var unknownFieldRE = regexp.MustCompile(`^field (\S+) not found in type \S+$`)

// yamlError turns yaml.v3's messages into file:line errors.
func yamlError(name string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		errs := make([]error, 0, len(te.Errors))
		for _, msg := range te.Errors {
			errs = append(errs, lineError(name, msg))
		}
		return errors.Join(errs...)
	}
	return lineError(name, err.Error())
}

func lineError(name, msg string) *Error {
	e := &Error{File: name, Msg: strings.TrimPrefix(msg, "yaml: ")}
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		e.Line, _ = strconv.Atoi(m[1])
		e.Msg = m[2]
	}
	if m := unknownFieldRE.FindStringSubmatch(e.Msg); m != nil {
		e.Msg = fmt.Sprintf("unknown field %q", m[1])
	}
	return e
}

// validator collects semantic problems, locating each in the YAML tree.
type validator struct {
	file string
	root *yaml.Node
	errs []error
}

func (v *validator) errorf(path []any, format string, args ...any) {
	v.errs = append(v.errs, &Error{File: v.file, Line: lineAt(v.root, path), Msg: fmt.Sprintf(format, args...)})
}

// lineAt finds the line of the node at path (map keys and list indexes); where the path
// ends early (a missing field), it gives the line of the deepest node that exists.
func lineAt(n *yaml.Node, path []any) int {
	line := n.Line
	for _, p := range path {
		var next *yaml.Node
		switch k := p.(type) {
		case string:
			if n.Kind == yaml.MappingNode {
				for i := 0; i+1 < len(n.Content); i += 2 {
					if n.Content[i].Value == k {
						next = n.Content[i+1]
						line = n.Content[i].Line
						break
					}
				}
			}
		case int:
			if n.Kind == yaml.SequenceNode && k < len(n.Content) {
				next = n.Content[k]
				line = next.Line
			}
		}
		if next == nil {
			return line
		}
		n = next
	}
	return line
}

func (v *validator) required(path []any, field, value string) {
	if strings.TrimSpace(value) == "" {
		v.errorf(append(path, field), "missing %s", field)
	}
}

// unique reports an id seen before in the same list.
func (v *validator) unique(seen map[string]int, path []any, id string) {
	if id == "" {
		v.errorf(append(path, "id"), "missing id")
		return
	}
	if first, dup := seen[id]; dup {
		v.errorf(append(path, "id"), "duplicate id %q (first used on line %d)", id, first)
		return
	}
	seen[id] = lineAt(v.root, append(path, "id"))
}

func (v *validator) check(g *Guide) {
	v.required(nil, "title", g.Title)
	v.required(nil, "intro", g.Intro)
	v.required([]any{"key_facts"}, "title", g.KeyFacts.Title)
	for _, f := range []struct {
		key  string
		fact Fact
	}{
		{"median_salary", g.KeyFacts.MedianSalary}, {"salary_range", g.KeyFacts.SalaryRange},
		{"growth", g.KeyFacts.Growth}, {"openings", g.KeyFacts.Openings}, {"education", g.KeyFacts.Education},
	} {
		p := []any{"key_facts", f.key}
		v.required(p, "label", f.fact.Label)
		v.required(p, "value", f.fact.Value)
	}

	sections := map[string]int{SecKeyFacts: 0}
	for i, s := range g.Sections {
		p := []any{"sections", i}
		if s.ID == SecKeyFacts {
			v.errorf(append(p, "id"), "id %q is reserved for key_facts", s.ID)
		} else {
			v.unique(sections, p, s.ID)
		}
		v.required(p, "title", s.Title)
		if len(s.Paragraphs) == 0 && len(s.Items) == 0 && s.ID != SecSalaryLevels {
			v.errorf(p, "section %q has no paragraphs and no items", s.ID)
		}
		for j, para := range s.Paragraphs {
			if strings.TrimSpace(para) == "" {
				v.errorf(append(p, "paragraphs", j), "empty paragraph")
			}
		}
		for j, it := range s.Items {
			v.required(append(p, "items", j), "text", it.Text)
		}
	}
	for _, id := range requiredSections {
		if _, ok := sections[id]; !ok {
			v.errorf([]any{"sections"}, "missing section %q (the bot's commands use it)", id)
		}
	}

	for i, s := range g.Steps {
		p := []any{"steps", i}
		v.required(p, "title", s.Title)
		v.required(p, "text", s.Text)
	}
	levels := map[string]int{}
	aliases := map[string]string{}
	for i, l := range g.Levels {
		p := []any{"levels", i}
		v.unique(levels, p, l.ID)
		for _, f := range []struct{ name, val string }{
			{"title", l.Title}, {"years", l.Years}, {"median", l.Median}, {"average", l.Average},
			{"role", l.Role}, {"focus", l.Focus},
		} {
			v.required(p, f.name, f.val)
		}
		for _, a := range l.Aliases {
			a = strings.ToLower(a)
			if other, ok := aliases[a]; ok && other != l.ID {
				v.errorf(append(p, "aliases"), "alias %q is used by levels %q and %q", a, other, l.ID)
			}
			aliases[a] = l.ID
		}
	}
	countries := map[string]int{}
	for i, c := range g.Countries {
		p := []any{"countries", i}
		v.unique(countries, p, c.ID)
		v.required(p, "name", c.Name)
		v.required(p, "salary", c.Salary)
	}
	faqs := map[string]int{}
	for i, f := range g.FAQ {
		p := []any{"faq", i}
		v.unique(faqs, p, f.ID)
		v.required(p, "question", f.Question)
		v.required(p, "answer", f.Answer)
	}
	for i, r := range g.RelatedCareers {
		p := []any{"related_careers", i}
		v.required(p, "name", r.Name)
	}
	tips := map[string]int{}
	for i, t := range g.Tips {
		p := []any{"tips", i}
		v.unique(tips, p, t.ID)
		v.required(p, "text", t.Text)
		if t.Section == "" {
			v.errorf(append(p, "section"), "missing section (every tip cites the section it rests on)")
		} else if _, ok := sections[t.Section]; !ok {
			v.errorf(append(p, "section"), "tip %q cites unknown section %q", t.ID, t.Section)
		}
	}
}

// normalize folds white space in every text field, so wrapped YAML and one-line guide
// paragraphs read the same.
func (g *Guide) normalize() {
	g.Title, g.Intro = normSpace(g.Title), normSpace(g.Intro)
	for _, f := range []*Fact{&g.KeyFacts.MedianSalary, &g.KeyFacts.SalaryRange, &g.KeyFacts.Growth, &g.KeyFacts.Openings, &g.KeyFacts.Education} {
		f.Value, f.Note = normSpace(f.Value), normSpace(f.Note)
	}
	for i := range g.Sections {
		s := &g.Sections[i]
		for j := range s.Paragraphs {
			s.Paragraphs[j] = normSpace(s.Paragraphs[j])
		}
		for j := range s.Items {
			s.Items[j].Text = normSpace(s.Items[j].Text)
		}
	}
	for i := range g.Steps {
		g.Steps[i].Text = normSpace(g.Steps[i].Text)
	}
	for i := range g.Levels {
		l := &g.Levels[i]
		l.Role, l.Focus = normSpace(l.Role), normSpace(l.Focus)
		for j, a := range l.Aliases {
			l.Aliases[j] = strings.ToLower(a)
		}
	}
	for i := range g.Countries {
		for j, a := range g.Countries[i].Aliases {
			g.Countries[i].Aliases[j] = strings.ToLower(a)
		}
	}
	for i := range g.FAQ {
		g.FAQ[i].Answer = normSpace(g.FAQ[i].Answer)
	}
	for i := range g.Tips {
		g.Tips[i].Text = normSpace(g.Tips[i].Text)
	}
}
