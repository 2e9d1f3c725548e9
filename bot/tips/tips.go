// Package tips posts readiness tips to channels on cron schedules: each schedule walks
// through every tip in a shuffled order of its own before any repeats, and posts each
// slot exactly once, across restarts, through whichever platforms are configured.
package tips

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"math/rand/v2"
	"slices"
	"sort"
	"sync"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/mpmcoach/mpmcoach/bot"
)

// Schedule is one line of tips.schedules in the settings.
type Schedule struct {
	Name     string
	Platform string // "slack" or "discord"
	Channel  string
	Cron     string // standard 5 fields
	Timezone string // IANA name
}

// Config is the tips part of the settings.
type Config struct {
	State     string        // bbolt file, created on first start
	CatchUp   time.Duration // a slot missed while down is posted on start-up if at most this old
	Schedules []Schedule
}

// DefaultCatchUp is used when catch_up is not set.
const DefaultCatchUp = time.Hour

// Poster posts tips to one platform. Posts carry a key (schedule and slot) that Posted
// can find again: that is how a restart learns whether a post it can't remember
// finishing went out.
type Poster interface {
	Post(ctx context.Context, channel, key string, r bot.Reply) error
	Posted(ctx context.Context, channel, key string) (bool, error)
}

// Tipper is where the tips come from: the coach.
type Tipper interface {
	TipIDs() []string
	TipByID(id string) (bot.Reply, bool)
}

// Observer is told about every tip posted or finally failed, for metrics.
type Observer interface {
	TipPosted(schedule, platform string)
	TipFailed(schedule, platform string)
}

// Clock is time, injectable for tests.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type realClock struct{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

var cronParser = cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow)

type entry struct {
	Schedule
	spec cron.Schedule
	loc  *time.Location
}

// Validate checks schedules as `serve` and `config check` do: every error names the
// schedule. platforms lists the platforms that are configured.
func Validate(cfg Config, platforms []string) error {
	_, err := parse(cfg, platforms)
	return err
}

func parse(cfg Config, platforms []string) ([]*entry, error) {
	var errs []error
	seen := map[string]bool{}
	var out []*entry
	if len(cfg.Schedules) > 0 && cfg.State == "" {
		errs = append(errs, errors.New("tips: state (the file that remembers what was posted) is required when there are schedules"))
	}
	for i, s := range cfg.Schedules {
		name := s.Name
		where := fmt.Sprintf("tips schedule %q", name)
		if name == "" {
			where = fmt.Sprintf("tips schedule #%d", i+1)
			errs = append(errs, fmt.Errorf("%s: missing name", where))
		} else if seen[name] {
			errs = append(errs, fmt.Errorf("%s: duplicate name", where))
		}
		seen[name] = true
		e := &entry{Schedule: s}
		var err error
		if e.spec, err = cronParser.Parse(s.Cron); err != nil {
			errs = append(errs, fmt.Errorf("%s: bad cron expression %q: %v (want 5 fields: minute hour day-of-month month day-of-week)", where, s.Cron, err))
		}
		tz := s.Timezone
		if tz == "" {
			tz = "UTC"
		}
		if e.loc, err = time.LoadLocation(tz); err != nil {
			errs = append(errs, fmt.Errorf("%s: unknown time zone %q (use an IANA name such as America/New_York)", where, s.Timezone))
		}
		switch {
		case s.Platform != "slack" && s.Platform != "discord":
			errs = append(errs, fmt.Errorf("%s: unknown platform %q (slack or discord)", where, s.Platform))
		case platforms != nil && !slices.Contains(platforms, s.Platform):
			errs = append(errs, fmt.Errorf("%s: posts to %s, which is not configured", where, s.Platform))
		}
		if s.Channel == "" {
			errs = append(errs, fmt.Errorf("%s: missing channel", where))
		}
		out = append(out, e)
	}
	return out, errors.Join(errs...)
}

// Scheduler posts the tips. Its methods are safe for concurrent use.
type Scheduler struct {
	cfg     Config
	entries []*entry
	store   *store
	posters map[string]Poster
	tipper  Tipper
	clock   Clock
	log     *slog.Logger
	obs     Observer
	mu      sync.Mutex // one step of one schedule at a time

	// RetryBase and RetryMax shape the backoff between failed posts within a slot.
	RetryBase, RetryMax time.Duration
}

// Option configures a Scheduler.
type Option func(*Scheduler)

// WithClock injects time (tests).
func WithClock(c Clock) Option { return func(s *Scheduler) { s.clock = c } }

// WithLogger sets the logger.
func WithLogger(l *slog.Logger) Option { return func(s *Scheduler) { s.log = l } }

// WithObserver reports posts and failures to o.
func WithObserver(o Observer) Option { return func(s *Scheduler) { s.obs = o } }

// New validates the schedules and opens (or creates) the state file.
func New(cfg Config, tipper Tipper, posters map[string]Poster, opts ...Option) (*Scheduler, error) {
	var platforms []string
	for p := range posters {
		platforms = append(platforms, p)
	}
	entries, err := parse(cfg, platforms)
	if err != nil {
		return nil, err
	}
	if cfg.CatchUp == 0 {
		cfg.CatchUp = DefaultCatchUp
	}
	s := &Scheduler{cfg: cfg, entries: entries, posters: posters, tipper: tipper, clock: realClock{},
		log: slog.Default(), RetryBase: 5 * time.Second, RetryMax: 5 * time.Minute}
	for _, o := range opts {
		o(s)
	}
	s.log = s.log.With("component", "tips")
	if len(entries) > 0 {
		if s.store, err = openStore(cfg.State); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// Close closes the state file.
func (s *Scheduler) Close() error {
	if s.store == nil {
		return nil
	}
	return s.store.Close()
}

// Run posts every schedule's slots until ctx ends.
func (s *Scheduler) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for _, e := range s.entries {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.run(ctx, e)
		}()
	}
	wg.Wait()
	return nil
}

func (s *Scheduler) entry(name string) (*entry, error) {
	for _, e := range s.entries {
		if e.Name == name {
			return e, nil
		}
	}
	return nil, fmt.Errorf("no tips schedule named %q", name)
}

// loadState returns a schedule's state, creating it on first use: a new schedule starts
// now and owes nothing from before.
func (s *Scheduler) loadState(e *entry) (state, error) {
	st, found, err := s.store.load(e.Name)
	if err != nil || found {
		return st, err
	}
	now := s.clock.Now()
	st = state{Created: now, LastSlot: now}
	return st, s.store.save(e.Name, st)
}

// latestDue is the latest slot in (after, now], or zero. It also counts the slots it
// passes over, for the log.
func latestDue(e *entry, after, now time.Time) (time.Time, int) {
	var due time.Time
	n := 0
	for t := e.spec.Next(after.In(e.loc)); !t.After(now); t = e.spec.Next(t) {
		due = t
		n++
		if n > 100000 { // a schedule every minute, down for months: enough
			break
		}
	}
	return due, n
}

func (s *Scheduler) run(ctx context.Context, e *entry) {
	for ctx.Err() == nil {
		if err := s.step(ctx, e); err != nil {
			s.log.Error("tips schedule step failed", "schedule", e.Name, "err", err)
		}
		s.mu.Lock()
		st, err := s.loadState(e)
		s.mu.Unlock()
		if err != nil {
			return
		}
		now := s.clock.Now()
		next := e.spec.Next(maxTime(st.LastSlot, now).In(e.loc))
		select {
		case <-ctx.Done():
			return
		case <-s.clock.After(next.Sub(now)):
		}
	}
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// step finishes a post a restart interrupted, then handles the latest due slot: posts
// it if it is on time or at most catch_up late, skips it otherwise.
func (s *Scheduler) step(ctx context.Context, e *entry) error {
	s.mu.Lock()
	st, err := s.loadState(e)
	s.mu.Unlock()
	if err != nil {
		return err
	}
	if st.Pending != nil {
		if err := s.resume(ctx, e, st); err != nil {
			return err
		}
		s.mu.Lock()
		st, err = s.loadState(e)
		s.mu.Unlock()
		if err != nil {
			return err
		}
	}
	now := s.clock.Now()
	due, n := latestDue(e, st.LastSlot, now)
	if due.IsZero() {
		return nil
	}
	if n > 1 {
		s.log.Warn("tips slots missed while down were skipped", "schedule", e.Name, "skipped", n-1)
	}
	late := now.Sub(due)
	if late > s.cfg.CatchUp {
		s.log.Warn("skipping a missed tip slot: older than catch_up", "schedule", e.Name,
			"slot", due.In(e.loc).Format(time.RFC3339), "late", late.Round(time.Second), "catch_up", s.cfg.CatchUp)
		st.LastSlot = due
		s.mu.Lock()
		defer s.mu.Unlock()
		return s.store.save(e.Name, st)
	}
	if late > time.Minute {
		s.log.Info("catching up a missed tip slot", "schedule", e.Name, "slot", due.In(e.loc).Format(time.RFC3339), "late", late.Round(time.Second))
	}
	return s.slot(ctx, e, due)
}

// slotKey names a post so the platform can find it again; people may see it (Discord
// shows it in the footer), so it reads as text.
func slotKey(e *entry, slot time.Time) string {
	return e.Name + " · " + slot.UTC().Format("2006-01-02 15:04 UTC")
}

// slot posts the schedule's next tip for one slot. The pending record is written
// first, so that a crash at any moment is resumed without a second post.
func (s *Scheduler) slot(ctx context.Context, e *entry, slot time.Time) error {
	s.mu.Lock()
	st, err := s.loadState(e)
	if err != nil {
		s.mu.Unlock()
		return err
	}
	tip, st := nextTip(e.Name, st, s.tipper.TipIDs())
	if tip == "" {
		st.LastSlot = slot
		err := s.store.save(e.Name, st)
		s.mu.Unlock()
		s.log.Warn("no readiness tips in the guide; nothing to post", "schedule", e.Name)
		return err
	}
	st.Pending = &pending{Key: slotKey(e, slot), Slot: slot, Tip: tip}
	err = s.store.save(e.Name, st)
	s.mu.Unlock()
	if err != nil {
		return err
	}
	return s.deliver(ctx, e, *st.Pending, s.retryUntil(e, slot))
}

// resume finishes a post the previous run may or may not have made: it asks the
// platform, and posts only if the post is not there and the slot is still on time.
func (s *Scheduler) resume(ctx context.Context, e *entry, st state) error {
	p := *st.Pending
	posted, err := s.posters[e.Platform].Posted(ctx, e.Channel, p.Key)
	if err != nil {
		s.log.Warn("cannot tell whether an interrupted tip post went out; checking again next step", "schedule", e.Name, "err", err)
		return err
	}
	if posted {
		s.log.Info("an interrupted tip post had gone out; not posting it again", "schedule", e.Name, "slot", p.Slot.In(e.loc).Format(time.RFC3339))
		return s.finish(e, p, true)
	}
	if s.clock.Now().Sub(p.Slot) > s.cfg.CatchUp {
		s.log.Warn("an interrupted tip post had not gone out and is too late now; the tip waits for the next slot", "schedule", e.Name)
		return s.finish(e, p, false)
	}
	return s.deliver(ctx, e, p, s.retryUntil(e, p.Slot))
}

// retryUntil: a failing post is retried while it is still on time: until catch_up after
// its slot, and never into the next slot.
func (s *Scheduler) retryUntil(e *entry, slot time.Time) time.Time {
	next := e.spec.Next(slot.In(e.loc))
	if late := slot.Add(s.cfg.CatchUp); late.Before(next) {
		return late
	}
	return next
}

// deliver posts a pending tip, retrying with backoff until deadline, and records the
// outcome: the slot is done either way; the rotation moves on only if it went out.
func (s *Scheduler) deliver(ctx context.Context, e *entry, p pending, deadline time.Time) error {
	reply, ok := s.tipper.TipByID(p.Tip)
	if !ok {
		s.log.Warn("a pending tip is no longer in the guide; skipping it", "schedule", e.Name, "tip", p.Tip)
		return s.finish(e, p, true)
	}
	wait := s.RetryBase
	for attempt := 1; ; attempt++ {
		err := s.posters[e.Platform].Post(ctx, e.Channel, p.Key, reply)
		if err == nil {
			s.log.Info("posted a readiness tip", "schedule", e.Name, "platform", e.Platform, "channel", e.Channel, "tip", p.Tip,
				"slot", p.Slot.In(e.loc).Format(time.RFC3339))
			if s.obs != nil {
				s.obs.TipPosted(e.Name, e.Platform)
			}
			return s.finish(e, p, true)
		}
		if s.clock.Now().Add(wait).After(deadline) || ctx.Err() != nil {
			s.log.Error("posting a readiness tip failed; the next slot will still happen", "schedule", e.Name,
				"platform", e.Platform, "channel", e.Channel, "attempts", attempt, "err", err)
			if ctx.Err() != nil {
				return ctx.Err() // shutting down: the pending record makes the next run check
			}
			if s.obs != nil {
				s.obs.TipFailed(e.Name, e.Platform)
			}
			return s.finish(e, p, false)
		}
		s.log.Warn("posting a readiness tip failed; retrying", "schedule", e.Name, "attempt", attempt, "retry_in", wait, "err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-s.clock.After(wait):
		}
		wait = min(wait*2, s.RetryMax)
	}
}

// finish records a slot as done; the tip counts as shown only if it was posted.
func (s *Scheduler) finish(e *entry, p pending, posted bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	st, err := s.loadState(e)
	if err != nil {
		return err
	}
	st.Pending = nil
	if p.Slot.After(st.LastSlot) {
		st.LastSlot = p.Slot
	}
	if posted && st.Pos < len(st.Order) && st.Order[st.Pos] == p.Tip {
		st.Pos++
		st.LastPost = s.clock.Now()
		st.LastTip = p.Tip
	}
	return s.store.save(e.Name, st)
}

// nextTip returns the tip to post next and the state with the order brought up to date
// with the guide's tips: removed tips dropped, new ones shuffled into what is left,
// and a new shuffle once every tip was shown (never starting with the last one shown).
func nextTip(name string, st state, ids []string) (string, state) {
	if len(ids) == 0 {
		return "", st
	}
	have := map[string]bool{}
	for _, id := range ids {
		have[id] = true
	}
	var order []string
	inOrder := map[string]bool{}
	for i, id := range st.Order {
		if have[id] {
			order = append(order, id)
			inOrder[id] = true
		} else if i < st.Pos {
			st.Pos--
		}
	}
	var added []string
	for _, id := range ids {
		if !inOrder[id] {
			added = append(added, id)
		}
	}
	rng := rand.New(rand.NewPCG(seed(name), uint64(st.Cycle)+uint64(len(added))))
	rng.Shuffle(len(added), func(i, j int) { added[i], added[j] = added[j], added[i] })
	st.Order = append(order, added...)
	if st.Pos >= len(st.Order) || len(st.Order) == 0 {
		st.Cycle++
		last := st.LastTip
		st.Order = slices.Clone(ids)
		sort.Strings(st.Order)
		rng := rand.New(rand.NewPCG(seed(name), uint64(st.Cycle)))
		rng.Shuffle(len(st.Order), func(i, j int) { st.Order[i], st.Order[j] = st.Order[j], st.Order[i] })
		if len(st.Order) > 1 && st.Order[0] == last {
			st.Order[0], st.Order[1] = st.Order[1], st.Order[0]
		}
		st.Pos = 0
	}
	return st.Order[st.Pos], st
}

func seed(name string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(name))
	return h.Sum64()
}

// Status is what `mpmcoach tips list` shows for a schedule.
type Status struct {
	Schedule
	Next     time.Time // in the schedule's zone
	LastPost time.Time
	LastTip  string
	Done     int // tips shown this cycle
	Of       int
}

// List returns every schedule's next run and last post.
func (s *Scheduler) List() ([]Status, error) {
	var out []Status
	for _, e := range s.entries {
		s.mu.Lock()
		st, found, err := s.store.load(e.Name)
		s.mu.Unlock()
		if err != nil {
			return nil, err
		}
		now := s.clock.Now()
		base := now
		if found && st.LastSlot.After(now) {
			base = st.LastSlot
		}
		out = append(out, Status{Schedule: e.Schedule, Next: e.spec.Next(base.In(e.loc)), LastPost: st.LastPost.In(e.loc),
			LastTip: st.LastTip, Done: st.Pos, Of: len(s.tipper.TipIDs())})
	}
	return out, nil
}

// Preview returns the tip a schedule would post next, rendered, without changing anything.
func (s *Scheduler) Preview(name string) (bot.Reply, error) {
	e, err := s.entry(name)
	if err != nil {
		return bot.Reply{}, err
	}
	s.mu.Lock()
	st, _, err := s.store.load(e.Name)
	s.mu.Unlock()
	if err != nil {
		return bot.Reply{}, err
	}
	tip, _ := nextTip(e.Name, st, s.tipper.TipIDs())
	r, ok := s.tipper.TipByID(tip)
	if !ok {
		return bot.Reply{}, fmt.Errorf("schedule %q: the guide has no readiness tips", name)
	}
	return r, nil
}

// PostNow posts a schedule's next tip at once (outside its slots), moving its rotation
// on; with dryRun it only returns the tip.
func (s *Scheduler) PostNow(ctx context.Context, name string, dryRun bool) (bot.Reply, error) {
	if dryRun {
		return s.Preview(name)
	}
	e, err := s.entry(name)
	if err != nil {
		return bot.Reply{}, err
	}
	s.mu.Lock()
	st, err := s.loadState(e)
	if err != nil {
		s.mu.Unlock()
		return bot.Reply{}, err
	}
	tip, st := nextTip(e.Name, st, s.tipper.TipIDs())
	if err := s.store.save(e.Name, st); err != nil {
		s.mu.Unlock()
		return bot.Reply{}, err
	}
	s.mu.Unlock()
	r, ok := s.tipper.TipByID(tip)
	if !ok {
		return bot.Reply{}, fmt.Errorf("schedule %q: the guide has no readiness tips", name)
	}
	key := e.Name + " · posted by hand " + s.clock.Now().UTC().Format("2006-01-02 15:04:05 UTC")
	if err := s.posters[e.Platform].Post(ctx, e.Channel, key, r); err != nil {
		return r, fmt.Errorf("posting to %s channel %s: %w", e.Platform, e.Channel, err)
	}
	return r, s.finish(e, pending{Key: key, Slot: time.Time{}, Tip: tip}, true)
}
