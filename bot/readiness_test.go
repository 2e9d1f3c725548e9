package bot

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// memProfiles is an in-memory ProfileStore.
type memProfiles struct {
	mu sync.Mutex
	m  map[string]Profile
}

func (s *memProfiles) LoadProfile(k string) (Profile, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.m[k]
	return p, ok, nil
}
func (s *memProfiles) SaveProfile(k string, p Profile) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k] = p
	return nil
}
func (s *memProfiles) DeleteProfile(k string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.m[k]
	delete(s.m, k)
	return ok, nil
}

func TestReadinessScoring(t *testing.T) {
	c := New(testGuide(t), failingSearcher{}, WithLogger(slog.New(slog.DiscardHandler)))
	for _, tc := range []struct {
		name, list  string
		ready, next string
		gaps        []string // item ids, in order
	}{
		{"new graduate", "bachelor's degree in health administration, communication, 0 years", "", "assistant",
			[]string{"experience", "ehr", "scheduling"}},
		{"nurse moving into management", "patient care, communication, ehr, scheduling, 6 years", "assistant", "manager",
			[]string{"billing", "finance", "compliance"}},
		{"10-year manager with CMPE", "billing, ehr, hipaa, budgeting, hr, leadership, conflict resolution, time management, bachelors, cmpe, data analysis, payer relations, scheduling, communication, 10 years",
			"regional", "director", []string{"experience", "patient-focus", "problem-solving"}}, // equal weights: foundations first
		{"issue example", "billing, hipaa, leadership, 4 years", "assistant", "manager", []string{"ehr", "finance", "bachelors"}},
		{"typos and aliases", "biling, hippa, leadershp, 4 yrs", "assistant", "manager", []string{"ehr", "finance", "bachelors"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := c.parseProfile(tc.list)
			pl := c.plan(p)
			var gaps []string
			for _, g := range pl.Gaps {
				gaps = append(gaps, g.Item)
				if g.Step == "" || g.StepSection == "" || g.Why == "" {
					t.Errorf("gap %s lacks its next step or the guide fact: %+v", g.Item, g)
				}
			}
			if pl.Ready != tc.ready || pl.Next != tc.next || !slices.Equal(gaps, tc.gaps) {
				t.Errorf("got ready %q next %q gaps %v; want %q %q %v (profile %+v)", pl.Ready, pl.Next, gaps, tc.ready, tc.next, tc.gaps, p)
			}
			for _, pt := range pl.Points {
				if pt.Fact == "" || pt.Section == "" {
					t.Errorf("point %s does not name its guide fact", pt.Item)
				}
			}
		})
	}
}

func TestReadinessReplies(t *testing.T) {
	store := &memProfiles{m: map[string]Profile{}}
	c := New(testGuide(t), failingSearcher{}, WithProfiles(store), WithLogger(slog.New(slog.DiscardHandler)))
	ask := func(text string) Reply {
		return c.Answer(context.Background(), Request{Text: text, User: "U1", Platform: "slack"})
	}
	r := ask("readiness")
	if r.Command != "readiness" || len(r.Answers) != 0 || !strings.Contains(strings.Join(r.Body, " "), "readiness billing") {
		t.Errorf("empty list: %+v", r)
	}
	r = ask("readiness juggling, fire breathing, unicycles")
	if !strings.Contains(r.Title, "didn't recognise") || len(r.Answers) != 0 {
		t.Errorf("nonsense: %+v", r)
	}
	r = ask("readiness billing, hipaa, leadership, 4 years")
	if r.Plan == nil || r.Answers[0].ID != "readiness/plan" || !strings.Contains(r.Answers[0].Text, "Ready now: Assistant") ||
		len(r.Answers) != 4 || len(r.Sources) == 0 {
		t.Fatalf("plan: %+v", r)
	}
	if len(store.m) != 0 {
		t.Error("answers kept without consent")
	}
	ask("readiness billing, hipaa, leadership, 4 years, remember")
	if _, ok := store.m["slack:U1"]; !ok {
		t.Fatal("answers not kept with consent")
	}
	if r := ask("readiness"); r.Plan == nil || !strings.Contains(strings.Join(r.Body, " "), "asked me to remember") {
		t.Errorf("readiness should start from the kept answers: %+v", r)
	}
	if r := ask("readiness forget"); !strings.Contains(r.Body[0], "deleted") || len(store.m) != 0 {
		t.Errorf("forget: %+v %v", r, store.m)
	}
	if r := ask("readiness forget"); !strings.Contains(r.Body[0], "nothing is kept") {
		t.Errorf("forget twice: %+v", r)
	}
}

// TestReadinessGolden renders a plan as plain text and as its JSON breakdown.
func TestReadinessGolden(t *testing.T) {
	c := New(testGuide(t), failingSearcher{}, WithLogger(slog.New(slog.DiscardHandler)))
	r := c.Answer(context.Background(), Request{Text: "readiness billing, hipaa, leadership, 4 years", Platform: "terminal"})
	plan, _ := json.MarshalIndent(r.Plan, "", "  ")
	for name, got := range map[string]string{"readiness.txt": Text(r), "readiness-plan.json": string(plan) + "\n"} {
		path := filepath.Join("testdata", "golden", name)
		if os.Getenv("UPDATE_GOLDEN") != "" {
			os.WriteFile(path, []byte(got), 0o644)
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (UPDATE_GOLDEN=1 creates it)", err)
		}
		if got != string(want) {
			t.Errorf("%s differs:\n%s", name, got)
		}
	}
}

func TestRememberWithoutAStoreSaysSo(t *testing.T) {
	c := New(testGuide(t), failingSearcher{}, WithLogger(slog.New(slog.DiscardHandler)))
	r := c.Answer(context.Background(), Request{Text: "readiness billing, 4 years, remember", Platform: "terminal"})
	if last := r.Body[len(r.Body)-1]; !strings.Contains(last, "kept nothing") {
		t.Errorf("got %q", last)
	}
}
