package bot_test

import (
	"github.com/mpmcoach/mpmcoach/internal/testkit"

	"context"
	"flag"
	"fmt"
	"os"
	"slices"
	"sync"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/mpmcoach/mpmcoach/bot"
	"github.com/mpmcoach/mpmcoach/index"
)

var verbose = flag.Bool("quality.v", false, "print every question's answers")

type question struct {
	Q       string   `yaml:"q"`
	Want    []string `yaml:"want"`
	Abstain bool     `yaml:"abstain"`
}

type questionSet struct {
	Questions []question `yaml:"questions"`
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
//
// The coach ranks with what it learned from this very set (index.Asked), so asked
// of the set with the shipped model it would grade its own homework. Instead each
// tenth of the set, a run of questions written together, is answered by a model
// learned from the other nine tenths: as questions we have never seen are. The test
// also asks the set with search alone, and fails unless learning helps.
//
// With MPMCOACH_QUESTIONS set it asks that file with the shipped model: a new batch is
// questions the model has never seen.
func TestAnswerQuality(t *testing.T) {
	path := "../testdata/questions.yaml"
	batch := os.Getenv("MPMCOACH_QUESTIONS")
	if batch != "" {
		path = batch // try a new batch before adding it to the set
	}
	set := loadQuestions(t, path)
	coach, ix := testkit.CoachAndIndex(t)

	var got tally
	switch {
	case batch != "" || testing.Short():
		// -short (the race detector's run) asks with the shipped model only.
		got = askAll(t, coach, set.Questions, true)
	default:
		const folds = 10
		fold := func(i int) int { return i * folds / len(set.Questions) }
		models := make([]*index.Asked, folds)
		var wg sync.WaitGroup
		for f := range folds {
			wg.Go(func() {
				var learn []index.Example
				for i, q := range set.Questions {
					if fold(i) != f {
						learn = append(learn, index.Example{Question: q.Q, Want: q.Want})
					}
				}
				models[f] = ix.Learn(learn)
			})
		}
		wg.Wait()
		for f, m := range models {
			var held []question
			for i, q := range set.Questions {
				if fold(i) == f {
					held = append(held, q)
				}
			}
			ix.SetAsked(m)
			got.add(askAll(t, coach, held, true))
		}
		ix.SetAsked(nil)
		alone := askAll(t, coach, set.Questions, false)
		t.Logf("search alone: top-1 %.1f%%, top-3 %.1f%%", alone.top1(), alone.top3())
		if got.top1() <= alone.top1() {
			t.Errorf("learning from the set doesn't help: top-1 %.1f%% held out, %.1f%% with search alone", got.top1(), alone.top1())
		}
	}
	if got.onTopic < 80 {
		t.Errorf("only %d on-topic questions; keep at least 80", got.onTopic)
	}
	t.Logf("answer quality: top-1 %.1f%%, top-3 %.1f%% over %d questions; %d/%d off-topic abstained", got.top1(), got.top3(), got.onTopic, got.abstained, got.offTopic)
	if got.top1() < 90 {
		t.Errorf("top-1 %.1f%% is below 90%%", got.top1())
	}
	if got.abstained != got.offTopic {
		t.Errorf("%d of %d off-topic questions answered", got.offTopic-got.abstained, got.offTopic)
	}
}

// tally counts how a set of questions was answered.
type tally struct{ onTopic, first, inTop3, offTopic, abstained int }

func (a *tally) add(b tally) {
	a.onTopic += b.onTopic
	a.first += b.first
	a.inTop3 += b.inTop3
	a.offTopic += b.offTopic
	a.abstained += b.abstained
}

func (a tally) top1() float64 { return 100 * float64(a.first) / float64(max(a.onTopic, 1)) }
func (a tally) top3() float64 { return 100 * float64(a.inTop3) / float64(max(a.onTopic, 1)) }

// askAll puts each question to the coach; with report, it logs the misses and fails on
// an off-topic question answered.
func askAll(t *testing.T, coach *bot.Coach, qs []question, report bool) tally {
	t.Helper()
	var got tally
	for _, q := range qs {
		r := coach.Answer(context.Background(), bot.Request{Text: q.Q, Platform: "test"})
		var ids []string
		for _, a := range r.Answers {
			ids = append(ids, a.ID)
		}
		if *verbose && report {
			fmt.Printf("%-60q %v\n", q.Q, ids)
		}
		if q.Abstain {
			got.offTopic++
			if len(ids) == 0 {
				got.abstained++
			} else if report {
				t.Errorf("off-topic %q answered with %v", q.Q, ids)
			}
			continue
		}
		got.onTopic++
		if len(q.Want) == 0 {
			t.Fatalf("question %q has no wanted passage", q.Q)
		}
		switch {
		case len(ids) > 0 && slices.Contains(q.Want, ids[0]):
			got.first++
			got.inTop3++
		case slices.ContainsFunc(ids[:min(3, len(ids))], func(id string) bool { return slices.Contains(q.Want, id) }):
			got.inTop3++
			if report {
				t.Logf("top-3 only: %q got %v, want %v", q.Q, ids, q.Want)
			}
		default:
			if report {
				t.Logf("MISS: %q got %v, want %v", q.Q, ids, q.Want)
			}
		}
	}
	return got
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
