package knowledge

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

func mustDefault(t testing.TB) *Guide {
	t.Helper()
	g, err := Default()
	if err != nil {
		t.Fatalf("embedded guide: %v", err)
	}
	return g
}

// notContent are the source lines that are the site's, not the guide's: ads, sign-up
// lines, links to the site's own tools, and two headings the scrape left empty.
var notContent = map[string]string{
	"Top Industries":          "empty heading: the scrape lost its list",
	"Education Requirements":  "empty heading: the scrape lost its tab",
	"Job Application Toolkit": "site's resources",
	"Ace your application with our purpose-built resources:": "site's resources",
	"Medical Practice Manager Resume Examples":               "site's resources",
	"Proven layouts and keywords hiring managers scan for.":  "site's resources",
	"Medical Practice Manager Cover Letter Examples":         "site's resources",
	"Personalizable templates that showcase your impact.":    "site's resources",
	"Top Medical Practice Manager Interview Questions":       "site's resources",
	"Practice with the questions asked most often.":          "site's resources",
	"Medical Practice Manager Job Description Template":      "site's resources",
	"Ready-to-use JD for recruiters and hiring teams.":       "site's resources",
	"Assess your Medical Practice Manager readiness":         "site's AI coach",
	"Understanding where you stand today is the first step toward your career goals. Our Career Coach helps identify skill gaps and create personalized plans.": "site's AI coach",
	"Skills Gap Analysis": "site's AI coach",
	"Get a detailed assessment of your current skills versus Medical Practice Manager requirements. Our AI Career Coach identifies specific areas for improvement with personalized recommendations.": "site's AI coach",
	"Career Readiness Assessment": "site's AI coach",
	"Evaluate your overall readiness for Medical Practice Manager roles with our AI Career Coach. Receive personalized recommendations for education, projects, and experience to boost your competitiveness.": "site's AI coach",
	"Land your dream job with Himalayas Plus":                                        "sign-up",
	"Upgrade to unlock Himalayas' premium features and turbocharge your job search.": "sign-up",
	"Himalayas":      "sign-up",
	"Himalayas Plus": "sign-up",
	"Trusted by hundreds of job seekers • Easy to cancel • No penalties or fees": "sign-up",
	"Find your dream job": "sign-up",
	"Sign up now and join over 85,000 remote workers who receive personalized job alerts, curated job matches, and more for free!": "sign-up",
	"Level | US Median | US Average |": "table header, kept as the level fields",
	"---|---|---|":                     "table rule",
	"Key Focus Areas":                  "label of levels[].focus",
	"No credit card required":          "sign-up",
}

// linkPrefixes are link texts the scrape glued onto the next heading.
var linkPrefixes = []string{"View examples", "Explore career guide", "See your skills gap", "Assess your readiness", "Get started for free"}

var (
	stepHeading = regexp.MustCompile(`^Step [1-6]$`)
	levelLine   = regexp.MustCompile(`^(\d+(?:-\d+)?\+? years(?: total experience)?)(.+)$`)
)

// guideStrings is every string the loaded guide holds, plus the renderings the page
// uses ("Label: value", "Name: text").
func guideStrings(g *Guide) map[string]bool {
	set := map[string]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			set[v.String()] = true
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		}
	}
	walk(reflect.ValueOf(*g))
	kf := g.KeyFacts
	for _, f := range []Fact{kf.MedianSalary, kf.SalaryRange, kf.Growth, kf.Openings, kf.Education} {
		set[f.Label+": "+f.Value] = true
	}
	for _, s := range g.Sections {
		for _, it := range s.Items {
			set["- "+it.String()] = true
		}
	}
	return set
}

func TestNothingLostFromSource(t *testing.T) {
	g := mustDefault(t)
	have := guideStrings(g)
	src, err := os.ReadFile(filepath.Join("testdata", "source.txt"))
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for n, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSpace(line)
		for _, p := range linkPrefixes {
			line = strings.TrimPrefix(line, p)
		}
		if line == "" || notContent[line] != "" || stepHeading.MatchString(line) {
			continue
		}
		var want []string
		switch {
		case levelLine.MatchString(line):
			m := levelLine.FindStringSubmatch(line)
			want = []string{m[1], m[2]}
		case strings.Count(line, "|") == 3:
			for _, cell := range strings.Split(line, "|")[:3] {
				want = append(want, strings.TrimSpace(cell))
			}
		default:
			want = []string{line}
		}
		for _, w := range want {
			checked++
			if !have[w] {
				t.Errorf("source line %d is not in the guide YAML: %.90q", n+1, w)
			}
		}
	}
	if checked < 150 {
		t.Fatalf("checked only %d source lines; is testdata/source.txt the guide?", checked)
	}
}

func TestRepeatedPartsKeptOnce(t *testing.T) {
	g := mustDefault(t)
	if len(g.Steps) != 6 {
		t.Errorf("steps = %d, want the guide's 6", len(g.Steps))
	}
	if len(g.Levels) != 5 {
		t.Errorf("levels = %d, want the guide's 5", len(g.Levels))
	}
	if len(g.FAQ) != 8 {
		t.Errorf("faq = %d, want the guide's 8", len(g.FAQ))
	}
	seen := map[string]string{}
	for _, p := range g.Passages() {
		if p.Kind == KindFact || p.Kind == KindCountry {
			continue // short figures; they may repeat a sentence of a paragraph by design
		}
		if prev, ok := seen[p.Text]; ok {
			t.Errorf("passages %s and %s have the same text", prev, p.ID)
		}
		seen[p.Text] = p.ID
	}
}

func TestPassages(t *testing.T) {
	g := mustDefault(t)
	ps := g.Passages()
	ids := map[string]Passage{}
	for _, p := range ps {
		if _, dup := ids[p.ID]; dup {
			t.Errorf("duplicate passage id %s", p.ID)
		}
		ids[p.ID] = p
		if p.Text == "" || p.Section == "" || p.Title == "" {
			t.Errorf("passage %s lacks text, section or title: %+v", p.ID, p)
		}
		if len(p.Text) > 1500 {
			t.Errorf("passage %s is %d bytes; passages should answer one thing", p.ID, len(p.Text))
		}
	}
	for _, tc := range []struct{ id, section, contains string }{
		{"salary/senior", "Salary by Experience Level", "$100k USD"},
		{"path/regional", "Career Path", "10-15 years total experience"},
		{"faq/remote", "Frequently Asked Questions", "predominantly on-site"},
		{"country/uk", "Global Salaries", "GBP 35,000 to 60,000"},
		{"facts/median-salary", "Key Facts & Statistics", "$104,830"},
		{"steps/3", "How to Become a Medical Practice Manager", "Certified Medical Practice Executive"},
		{"soft-skills/7", "Soft Skills", "Conflict Resolution: "},
	} {
		t.Run(tc.id, func(t *testing.T) {
			p, ok := ids[tc.id]
			if !ok {
				t.Fatalf("no passage %s", tc.id)
			}
			if p.Section != tc.section || !strings.Contains(p.Text, tc.contains) {
				t.Errorf("got section %q text %q; want section %q containing %q", p.Section, p.Text, tc.section, tc.contains)
			}
		})
	}
}

func TestTips(t *testing.T) {
	g := mustDefault(t)
	if len(g.Tips) < 30 {
		t.Errorf("%d tips, want at least 30", len(g.Tips))
	}
	for _, tip := range g.Tips {
		if _, ok := g.Section(tip.Section); !ok {
			t.Errorf("tip %s cites unknown section %q", tip.ID, tip.Section)
		}
		if len(tip.Text) > 300 {
			t.Errorf("tip %s is %d bytes; tips are short", tip.ID, len(tip.Text))
		}
	}
}

// TestBadGuides edits the real guide the way an operator might get it wrong and checks
// the error names the file, the line and the problem.
func TestBadGuides(t *testing.T) {
	good := string(defaultGuide)
	lineOf := func(s, sub string) int {
		i := strings.Index(s, sub)
		if i < 0 {
			t.Fatalf("test setup: %q not in guide", sub)
		}
		return strings.Count(s[:i], "\n") + 1
	}
	tests := []struct {
		name   string
		edit   func(string) string
		anchor string // text on the line the error must point at
		want   string
	}{
		{"unknown field", func(s string) string {
			return strings.Replace(s, "  - id: tools\n", "  - id: tools\n    colour: blue\n", 1)
		}, "    colour: blue", `unknown field "colour"`},
		{"missing title", func(s string) string {
			return strings.Replace(s, "  - id: tools\n    title: \"Tools & Technologies\"\n", "  - id: tools\n", 1)
		}, "  - id: tools", "missing title"},
		{"duplicate id", func(s string) string {
			return strings.Replace(s, "  - id: work-environment\n", "  - id: what-is\n", 1)
		}, "  - id: what-is\n    title: \"Work", `duplicate id "what-is"`},
		{"bad yaml", func(s string) string {
			return strings.Replace(s, "    title: \"Tools & Technologies\"\n", "    title: \"Tools & Technologies\" x: y\n", 1)
		}, "    title: \"Tools & Technologies\" x", "mapping values are not allowed"},
		{"wrong type", func(s string) string {
			return strings.Replace(s, "  - id: tools\n", "  - id: [tools]\n", 1)
		}, "  - id: [tools]", "cannot unmarshal"},
		{"tip cites unknown section", func(s string) string {
			return strings.Replace(s, "section: education, text: \"Download", "section: nowhere, text: \"Download", 1)
		}, "section: nowhere", `unknown section "nowhere"`},
		{"readiness cites an unknown passage", func(s string) string {
			return strings.Replace(s, "matters: technical-skills/1, close: steps/3", "matters: technical-skills/99, close: steps/3", 1)
		}, "matters: technical-skills/99", `matters: no passage "technical-skills/99"`},
		{"readiness level needs an unknown item", func(s string) string {
			return strings.Replace(s, "    assistant: [scheduling, ehr,", "    assistant: [juggling, ehr,", 1)
		}, "    assistant: [juggling", `needs unknown item "juggling"`},
		{"missing required section", func(s string) string {
			return strings.Replace(s, "  - id: faq\n", "  - id: faq-intro\n", 1)
		}, "sections:", `missing section "faq"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			bad := tc.edit(good)
			if bad == good {
				t.Fatal("test setup: edit changed nothing")
			}
			_, err := Parse("my-guide.yaml", []byte(bad))
			if err == nil {
				t.Fatal("bad guide accepted")
			}
			line := lineOf(bad, tc.anchor)
			prefix := "my-guide.yaml:" + strconv.Itoa(line) + ": "
			if !strings.HasPrefix(err.Error(), prefix) {
				t.Errorf("error %q does not start with %q", err, prefix)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
		})
	}
	t.Run("empty", func(t *testing.T) {
		_, err := Parse("empty.yaml", []byte("# nothing\n"))
		if err == nil || !strings.Contains(err.Error(), "empty.yaml: the guide is empty") {
			t.Errorf("got %v", err)
		}
	})
	t.Run("not a mapping", func(t *testing.T) {
		_, err := Parse("list.yaml", []byte("- a\n- b\n"))
		if err == nil || !strings.HasPrefix(err.Error(), "list.yaml:1: ") {
			t.Errorf("got %v", err)
		}
	})
}

func TestLoadFile(t *testing.T) {
	dir := t.TempDir()
	edited := strings.Replace(string(defaultGuide), "$104,830 USD", "$111,111 USD", 1)
	path := filepath.Join(dir, "guide.yaml")
	if err := os.WriteFile(path, []byte(edited), 0o600); err != nil {
		t.Fatal(err)
	}
	g, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if g.KeyFacts.MedianSalary.Value != "$111,111 USD" {
		t.Errorf("edited guide not loaded: %q", g.KeyFacts.MedianSalary.Value)
	}
	if _, err := Load(filepath.Join(dir, "missing.yaml")); err == nil || !strings.Contains(err.Error(), "missing.yaml") {
		t.Errorf("missing file: %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("title: x\n"))
	f.Add([]byte("sections: [{id: a}, {id: a}]\n"))
	f.Add([]byte("a: &a [*a, *a]\n"))
	f.Add(defaultGuide[:2000])
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := Parse("fuzz.yaml", data)
		if err == nil {
			g.Passages() // a guide that parses must flatten without panicking
		} else if !strings.HasPrefix(err.Error(), "fuzz.yaml") {
			t.Errorf("error does not name the file: %v", err)
		}
	})
}
