package bot

import (
	"context"
	"strings"
	"testing"
	"time"
)

func TestLimiter(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	l := NewLimiter(10)
	l.now = func() time.Time { return now }
	for i := range 10 {
		if ok, _ := l.Allow("slack:U1"); !ok {
			t.Fatalf("question %d of a burst of 10 refused", i+1)
		}
	}
	ok, wait := l.Allow("slack:U1")
	if ok || wait <= 0 || wait > 6*time.Second {
		t.Fatalf("11th question: ok %v wait %v", ok, wait)
	}
	if ok, _ := l.Allow("slack:U2"); !ok {
		t.Error("one user's limit applied to another")
	}
	now = now.Add(6 * time.Second) // 10 a minute: one token every 6 s
	if ok, _ := l.Allow("slack:U1"); !ok {
		t.Error("no token after 6 s")
	}
	if ok, _ := NewLimiter(0).Allow("x"); !ok {
		t.Error("limit 0 should mean off")
	}
	var nilLimiter *Limiter
	if ok, _ := nilLimiter.Allow("x"); !ok {
		t.Error("no limiter should mean no limit")
	}
}

type recorder struct {
	answered, limited []string
}

func (r *recorder) Answered(platform, command string, _ time.Duration, abstained bool) {
	r.answered = append(r.answered, platform+"/"+command)
}
func (r *recorder) RateLimited(platform string) { r.limited = append(r.limited, platform) }

func TestRateLimitedUsersGetAPoliteReply(t *testing.T) {
	rec := &recorder{}
	c := New(testGuide(t), failingSearcher{}, WithLimiter(NewLimiter(2)), WithObserver(rec))
	ask := func(platform, user string) Reply {
		return c.Answer(context.Background(), Request{Text: "salary senior", User: user, Platform: platform})
	}
	ask("slack", "U1")
	ask("slack", "U1")
	r := ask("slack", "U1")
	if r.Command != "rate-limited" || !strings.Contains(r.Body[0], "try again in") || r.Visibility != Private || len(r.Answers) != 0 {
		t.Errorf("third question in a burst of 2: %+v", r)
	}
	if r := ask("terminal", "U1"); r.Command != "salary" {
		t.Error("the terminal should not be limited")
	}
	if len(rec.limited) != 1 || rec.limited[0] != "slack" || len(rec.answered) != 4 {
		t.Errorf("observer: %+v", rec)
	}
}
