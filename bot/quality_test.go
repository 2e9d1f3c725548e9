package bot_test

import (
	"github.com/mpmcoach/mpmcoach/internal/testkit"

	"context"
	"flag"
	"fmt"
	"os"
	"slices"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/mpmcoach/mpmcoach/bot"
)

var verbose = flag.Bool("quality.v", false, "print every question's answers")

type questionSet struct {
	Questions []struct {
		Q       string   `yaml:"q"`
		Want    []string `yaml:"want"`
		Abstain bool     `yaml:"abstain"`
	} `yaml:"questions"`
}

func newCoach(t testing.TB) *bot.Coach { return testkit.Coach(t) }

func loadQuestions(t *testing.T, path string) questionSet {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var set questionSet
	if err := yaml.Unmarshal(data, &set); err != nil {
		t.Fatal(err)
	}
	return set
}

// TestAnswerQuality asks the question set through the whole coach and holds the bar:
// 90 % top-1, and every off-topic question abstained.
func TestAnswerQuality(t *testing.T) {
	path := "../testdata/questions.yaml"
	if p := os.Getenv("MPMCOACH_QUESTIONS"); p != "" {
		path = p // try a new batch before adding it to the set
	}
	set := loadQuestions(t, path)
	coach := newCoach(t)
	var onTopic, top1, top3, offTopic, abstained int
	for _, q := range set.Questions {
		r := coach.Answer(context.Background(), bot.Request{Text: q.Q, Platform: "test"})
		var ids []string
		for _, a := range r.Answers {
			ids = append(ids, a.ID)
		}
		if *verbose {
			fmt.Printf("%-60q %v\n", q.Q, ids)
		}
		if q.Abstain {
			offTopic++
			if len(ids) == 0 {
				abstained++
			} else {
				t.Errorf("off-topic %q answered with %v", q.Q, ids)
			}
			continue
		}
		onTopic++
		if len(q.Want) == 0 {
			t.Fatalf("question %q has no wanted passage", q.Q)
		}
		switch {
		case len(ids) > 0 && slices.Contains(q.Want, ids[0]):
			top1++
			top3++
		case slices.ContainsFunc(ids[:min(3, len(ids))], func(id string) bool { return slices.Contains(q.Want, id) }):
			top3++
			t.Logf("top-3 only: %q got %v, want %v", q.Q, ids, q.Want)
		default:
			t.Logf("MISS: %q got %v, want %v", q.Q, ids, q.Want)
		}
	}
	if onTopic < 80 {
		t.Errorf("only %d on-topic questions; keep at least 80", onTopic)
	}
	p1 := 100 * float64(top1) / float64(onTopic)
	p3 := 100 * float64(top3) / float64(onTopic)
	t.Logf("answer quality: top-1 %.1f%%, top-3 %.1f%% over %d questions; %d/%d off-topic abstained", p1, p3, onTopic, abstained, offTopic)
	if p1 < 90 {
		t.Errorf("top-1 %.1f%% is below 90%%", p1)
	}
	if abstained != offTopic {
		t.Errorf("%d of %d off-topic questions answered", offTopic-abstained, offTopic)
	}
}

// TestKnownMisses keeps, in testdata/known-misses.yaml, the off-topic questions we
// found the coach still answers and did not fix (each named in the commit of its
// batch), so the weak spots stay in sight. A known miss that abstains now belongs in
// questions.yaml, where it is held: the test says so and fails until it is moved.
func TestKnownMisses(t *testing.T) {
	set := loadQuestions(t, "../testdata/known-misses.yaml")
	coach := newCoach(t)
	still := 0
	for _, q := range set.Questions {
		if !q.Abstain {
			t.Fatalf("known miss %q: only off-topic questions are kept here", q.Q)
		}
		r := coach.Answer(context.Background(), bot.Request{Text: q.Q, Platform: "test"})
		if len(r.Answers) == 0 {
			t.Errorf("known miss %q now abstains: move it into questions.yaml", q.Q)
			continue
		}
		still++
	}
	t.Logf("%d of %d known off-topic misses still answered", still, len(set.Questions))
}
