package tips

import (
	"github.com/mpmcoach/mpmcoach/internal/testkit"

	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mpmcoach/mpmcoach/bot"
)

// clock is a fake clock. After moves time forward by d at once, so the scheduler runs
// through days of slots in milliseconds; stop cancels the run once time passes until.
type clock struct {
	mu    sync.Mutex
	now   time.Time
	until time.Time
	stop  context.CancelFunc
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) After(d time.Duration) <-chan time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	if d > 0 {
		c.now = c.now.Add(d)
	}
	if !c.until.IsZero() && c.now.After(c.until) && c.stop != nil {
		c.stop()
	}
	ch := make(chan time.Time, 1)
	ch <- c.now
	return ch
}

// poster records posts; fail makes the next n posts fail.
type poster struct {
	mu        sync.Mutex
	clock     *clock
	posts     []post
	keys      map[string]bool
	fail      int
	failUntil time.Time // fail every post before this time
}

type post struct {
	Channel, Key, Tip string
	At                time.Time
}

func (p *poster) Post(_ context.Context, channel, key string, r bot.Reply) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.fail > 0 {
		p.fail--
		return errors.New("slack: ratelimited")
	}
	if p.clock.Now().Before(p.failUntil) {
		return errors.New("slack: channel_not_found")
	}
	if p.keys == nil {
		p.keys = map[string]bool{}
	}
	p.keys[key] = true
	p.posts = append(p.posts, post{Channel: channel, Key: key, Tip: r.Answers[0].ID, At: p.clock.Now()})
	return nil
}

func (p *poster) Posted(_ context.Context, _, key string) (bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.keys[key], nil
}

func (p *poster) all() []post {
	p.mu.Lock()
	defer p.mu.Unlock()
	return append([]post(nil), p.posts...)
}

func realCoach(t testing.TB) *bot.Coach { return testkit.Coach(t) }

var newYork, _ = time.LoadLocation("America/New_York")

func weekdays() Schedule {
	return Schedule{Name: "weekday-tips", Platform: "slack", Channel: "C0CAREER", Cron: "0 9 * * 1-5", Timezone: "America/New_York"}
}

type env struct {
	s     *Scheduler
	clock *clock
	p     *poster
	logs  *bytes.Buffer
	path  string
}

func newEnv(t *testing.T, start time.Time, path string, p *poster, scheds ...Schedule) *env {
	t.Helper()
	if path == "" {
		path = filepath.Join(t.TempDir(), "mpmcoach.db")
	}
	c := &clock{now: start}
	if p == nil {
		p = &poster{}
	}
	p.clock = c
	logs := &bytes.Buffer{}
	s, err := New(Config{State: path, CatchUp: time.Hour, Schedules: scheds}, realCoach(t),
		map[string]Poster{"slack": p}, WithClock(c), WithLogger(slog.New(slog.NewTextHandler(logs, nil))))
	if err != nil {
		t.Fatal(err)
	}
	s.RetryBase = time.Second
	return &env{s: s, clock: c, p: p, logs: logs, path: path}
}

// runUntil runs the scheduler on the fake clock until it passes end.
func (e *env) runUntil(end time.Time) {
	ctx, cancel := context.WithCancel(context.Background())
	e.clock.mu.Lock()
	e.clock.until, e.clock.stop = end, cancel
	e.clock.mu.Unlock()
	e.s.Run(ctx)
}

func TestValidate(t *testing.T) {
	ok := weekdays()
	for _, tc := range []struct {
		name  string
		edit  func(*Schedule)
		want  string
		extra []Schedule
	}{
		{"bad cron", func(s *Schedule) { s.Cron = "0 9 * *" }, `"weekday-tips": bad cron expression "0 9 * *"`, nil},
		{"seconds field", func(s *Schedule) { s.Cron = "0 0 9 * * 1-5" }, `"weekday-tips": bad cron`, nil},
		{"zone", func(s *Schedule) { s.Timezone = "Mars/Olympus" }, `"weekday-tips": unknown time zone "Mars/Olympus"`, nil},
		{"platform", func(s *Schedule) { s.Platform = "teams" }, `"weekday-tips": unknown platform "teams"`, nil},
		{"not configured", func(s *Schedule) { s.Platform = "discord" }, `"weekday-tips": posts to discord, which is not configured`, nil},
		{"duplicate", func(*Schedule) {}, `"weekday-tips": duplicate name`, []Schedule{ok}},
		{"channel", func(s *Schedule) { s.Channel = "" }, `"weekday-tips": missing channel`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := ok
			tc.edit(&s)
			err := Validate(Config{State: "x.db", Schedules: append([]Schedule{s}, tc.extra...)}, []string{"slack"})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
	if err := Validate(Config{State: "x.db", Schedules: []Schedule{ok}}, []string{"slack"}); err != nil {
		t.Errorf("good schedule: %v", err)
	}
}

// TestRotation walks three cycles: every tip once per cycle, never the same tip twice
// in a row, and a different order each cycle.
func TestRotation(t *testing.T) {
	daily := Schedule{Name: "daily", Platform: "slack", Channel: "C1", Cron: "0 9 * * *", Timezone: "UTC"}
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	e := newEnv(t, start, "", nil, daily)
	defer e.s.Close()
	n := len(realCoach(t).TipIDs())
	e.runUntil(start.Add(time.Duration(3*n)*24*time.Hour - time.Hour))
	posts := e.p.all()
	if len(posts) != 3*n {
		t.Fatalf("%d posts in %d days", len(posts), 3*n)
	}
	var orders []string
	for c := 0; c < 3; c++ {
		seen := map[string]bool{}
		var order []string
		for _, p := range posts[c*n : (c+1)*n] {
			if seen[p.Tip] {
				t.Fatalf("cycle %d repeats %s before showing every tip", c, p.Tip)
			}
			seen[p.Tip] = true
			order = append(order, p.Tip)
		}
		orders = append(orders, strings.Join(order, ","))
	}
	for i := 1; i < len(posts); i++ {
		if posts[i].Tip == posts[i-1].Tip {
			t.Errorf("the same tip twice in a row at post %d", i)
		}
	}
	if orders[0] == orders[1] || orders[1] == orders[2] {
		t.Error("each cycle should have its own order")
	}
}

// TestRestartContinues stops the scheduler and starts a new one on the same state
// file: no slot twice, no tip skipped or repeated within the cycle.
func TestRestartContinues(t *testing.T) {
	start := time.Date(2026, 2, 2, 8, 0, 0, 0, newYork) // a Monday
	p := &poster{}
	e := newEnv(t, start, "", p, weekdays())
	e.runUntil(time.Date(2026, 2, 4, 12, 0, 0, 0, newYork)) // Mon, Tue, Wed
	e.s.Close()
	e2 := newEnv(t, time.Date(2026, 2, 4, 12, 30, 0, 0, newYork), e.path, p, weekdays())
	defer e2.s.Close()
	e2.runUntil(time.Date(2026, 2, 10, 10, 0, 0, 0, newYork)) // Thu, Fri, Mon, Tue
	posts := p.all()
	if len(posts) != 7 {
		t.Fatalf("%d posts, want 7 weekdays: %v", len(posts), posts)
	}
	keys, tips := map[string]bool{}, map[string]bool{}
	for _, p := range posts {
		if keys[p.Key] || tips[p.Tip] {
			t.Errorf("slot or tip posted twice: %+v", p)
		}
		keys[p.Key], tips[p.Tip] = true, true
		if l := p.At.In(newYork); l.Hour() != 9 || l.Minute() != 0 || l.Weekday() == time.Saturday || l.Weekday() == time.Sunday {
			t.Errorf("posted at %v", l)
		}
	}
}

// TestCrashMidPost: the pending record written before posting makes a restart ask the
// platform: posted already, it isn't posted again; not posted, it is, and no tip is
// skipped either way.
func TestCrashMidPost(t *testing.T) {
	for _, wentOut := range []bool{true, false} {
		t.Run(fmt.Sprintf("post went out: %v", wentOut), func(t *testing.T) {
			slot := time.Date(2026, 2, 2, 9, 0, 0, 0, newYork)
			p := &poster{}
			e := newEnv(t, slot.Add(-time.Hour), "", p, weekdays())
			ent, _ := e.s.entry("weekday-tips")
			st, _ := e.s.loadState(ent)
			tip, st := nextTip(ent.Name, st, realCoach(t).TipIDs())
			st.Pending = &pending{Key: slotKey(ent, slot), Slot: slot, Tip: tip}
			e.s.store.save(ent.Name, st)
			if wentOut {
				p.clock = e.clock
				r, _ := realCoach(t).TipByID(tip)
				p.Post(context.Background(), "C0CAREER", slotKey(ent, slot), r)
			}
			e.s.Close()
			// Restart ten minutes after the slot.
			e2 := newEnv(t, slot.Add(10*time.Minute), e.path, p, weekdays())
			defer e2.s.Close()
			if err := e2.s.step(context.Background(), ent); err != nil {
				t.Fatal(err)
			}
			posts := p.all()
			if len(posts) != 1 || posts[0].Tip != "tip/"+tip || posts[0].Key != slotKey(ent, slot) {
				t.Fatalf("posts: %+v", posts)
			}
			st2, _, _ := e2.s.store.load(ent.Name)
			if st2.Pending != nil || st2.Pos != 1 || !st2.LastSlot.Equal(slot) {
				t.Errorf("state after resume: pending %v pos %d last %v", st2.Pending, st2.Pos, st2.LastSlot)
			}
			// The next slot gets the next tip.
			e2.runUntil(time.Date(2026, 2, 3, 10, 0, 0, 0, newYork))
			if posts := p.all(); len(posts) != 2 || posts[1].Tip == "tip/"+tip {
				t.Errorf("after the resumed slot: %+v", posts)
			}
		})
	}
}

// TestMissedSlots: a slot missed while down is posted on start-up if at most catch_up
// old, skipped (and logged) otherwise.
func TestMissedSlots(t *testing.T) {
	for _, tc := range []struct {
		name    string
		restart time.Time
		posted  int
		log     string
	}{
		{"half an hour late", time.Date(2026, 2, 3, 9, 30, 0, 0, newYork), 1, "catching up a missed tip slot"},
		{"two hours late", time.Date(2026, 2, 3, 11, 0, 0, 0, newYork), 0, "skipping a missed tip slot"},
		{"days later", time.Date(2026, 2, 6, 11, 0, 0, 0, newYork), 0, "skipped=3"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := &poster{}
			e := newEnv(t, time.Date(2026, 2, 2, 8, 0, 0, 0, newYork), "", p, weekdays())
			e.runUntil(time.Date(2026, 2, 2, 9, 30, 0, 0, newYork)) // Monday's post
			e.s.Close()
			e2 := newEnv(t, tc.restart, e.path, p, weekdays())
			defer e2.s.Close()
			ent, _ := e2.s.entry("weekday-tips")
			if err := e2.s.step(context.Background(), ent); err != nil {
				t.Fatal(err)
			}
			if got := len(p.all()) - 1; got != tc.posted {
				t.Errorf("%d posts on start-up, want %d", got, tc.posted)
			}
			if !strings.Contains(e2.logs.String(), tc.log) {
				t.Errorf("log lacks %q:\n%s", tc.log, e2.logs)
			}
		})
	}
}

// TestDaylightSaving: 9:00 in New York is posted once a day across both 2026 changes.
func TestDaylightSaving(t *testing.T) {
	daily := Schedule{Name: "daily", Platform: "slack", Channel: "C1", Cron: "0 9 * * *", Timezone: "America/New_York"}
	for _, tc := range []struct{ from, to time.Time }{
		{time.Date(2026, 3, 6, 12, 0, 0, 0, newYork), time.Date(2026, 3, 10, 12, 0, 0, 0, newYork)},
		{time.Date(2026, 10, 30, 12, 0, 0, 0, newYork), time.Date(2026, 11, 3, 12, 0, 0, 0, newYork)},
	} {
		p := &poster{}
		e := newEnv(t, tc.from, "", p, daily)
		e.runUntil(tc.to)
		e.s.Close()
		days := map[string]int{}
		for _, post := range p.all() {
			l := post.At.In(newYork)
			if l.Hour() != 9 || l.Minute() != 0 {
				t.Errorf("posted at %v", l)
			}
			days[l.Format("2006-01-02")]++
		}
		if len(days) != 4 {
			t.Errorf("%v to %v: posts on %d days, want 4: %v", tc.from, tc.to, len(days), days)
		}
		for d, n := range days {
			if n != 1 {
				t.Errorf("%s: %d posts", d, n)
			}
		}
	}
}

// TestFailingPoster: a failing post is retried with backoff within the slot; if it
// never goes through the slot is logged and given up, the tip waits, and the next slot
// still happens.
func TestFailingPoster(t *testing.T) {
	start := time.Date(2026, 2, 2, 8, 0, 0, 0, newYork)
	p := &poster{fail: 3}
	e := newEnv(t, start, "", p, weekdays())
	e.runUntil(time.Date(2026, 2, 2, 12, 0, 0, 0, newYork))
	if posts := p.all(); len(posts) != 1 || posts[0].At.Sub(time.Date(2026, 2, 2, 9, 0, 0, 0, newYork)) > time.Minute {
		t.Fatalf("retried post: %+v", posts)
	}
	first := p.all()[0].Tip
	p.mu.Lock()
	p.failUntil = time.Date(2026, 2, 3, 23, 0, 0, 0, newYork) // Tuesday fails all day
	p.mu.Unlock()
	e.runUntil(time.Date(2026, 2, 4, 12, 0, 0, 0, newYork)) // Wednesday works
	if !strings.Contains(e.logs.String(), "posting a readiness tip failed; the next slot will still happen") {
		t.Errorf("final failure not logged:\n%s", e.logs)
	}
	posts := p.all()
	if len(posts) != 2 || posts[1].Tip == first {
		t.Fatalf("posts: %+v", posts)
	}
	st, _, _ := e.s.store.load("weekday-tips")
	if st.Pos != 2 {
		t.Errorf("rotation at %d after two tips out (the failed slot's tip waited)", st.Pos)
	}
	e.s.Close()
}

func TestPreviewListPostNow(t *testing.T) {
	p := &poster{}
	e := newEnv(t, time.Date(2026, 2, 2, 8, 0, 0, 0, newYork), "", p, weekdays())
	defer e.s.Close()
	r, err := e.s.Preview("weekday-tips")
	if err != nil || r.Title != "Readiness tip" || len(r.Sources) != 1 {
		t.Fatalf("preview: %+v %v", r, err)
	}
	if _, err := e.s.Preview("nope"); err == nil {
		t.Error("unknown schedule accepted")
	}
	dry, _ := e.s.PostNow(context.Background(), "weekday-tips", true)
	if len(p.all()) != 0 || dry.Answers[0].ID != r.Answers[0].ID {
		t.Error("dry run posted, or differs from the preview")
	}
	got, err := e.s.PostNow(context.Background(), "weekday-tips", false)
	if err != nil || len(p.all()) != 1 || got.Answers[0].ID != r.Answers[0].ID {
		t.Fatalf("post now: %v %+v", err, p.all())
	}
	if next, _ := e.s.Preview("weekday-tips"); next.Answers[0].ID == r.Answers[0].ID {
		t.Error("posting by hand did not move the rotation on")
	}
	ls, err := e.s.List()
	if err != nil || len(ls) != 1 {
		t.Fatal(err)
	}
	if want := time.Date(2026, 2, 2, 9, 0, 0, 0, newYork); !ls[0].Next.Equal(want) || ls[0].Next.Location().String() != "America/New_York" || ls[0].Done != 1 {
		t.Errorf("list: %+v", ls[0])
	}
}
