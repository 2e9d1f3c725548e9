// Package testkit holds what several packages' tests share: the real coach built once,
// a log buffer safe for many goroutines, and golden files. Tests only.
package testkit

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/mpmcoach/mpmcoach/bot"
	"github.com/mpmcoach/mpmcoach/index"
	"github.com/mpmcoach/mpmcoach/knowledge"
)

var (
	once  sync.Once
	coach *bot.Coach
	err   error
)

// Coach returns the real coach over the embedded guide and its index, built once per
// test binary (it is read-only and safe to share), logging nowhere.
func Coach(t testing.TB) *bot.Coach {
	t.Helper()
	once.Do(func() {
		var g *knowledge.Guide
		if g, err = knowledge.Default(); err != nil {
			return
		}
		var ix *index.Index
		if ix, err = index.Build(g.Passages()); err != nil {
			return
		}
		ix.Warm() // as a running server does
		coach = bot.New(g, ix, bot.WithLogger(slog.New(slog.DiscardHandler)))
	})
	if err != nil {
		t.Fatal(err)
	}
	return coach
}

// Buffer collects output written from many goroutines (logs, a program's stdout).
type Buffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *Buffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *Buffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// Golden compares got with testdata/golden/name; UPDATE_GOLDEN=1 rewrites the file.
func Golden(t testing.TB, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if os.Getenv("UPDATE_GOLDEN") != "" {
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (UPDATE_GOLDEN=1 creates it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs:\n%s", name, got)
	}
}

// Profiles is an in-memory bot.ProfileStore.
type Profiles struct {
	mu sync.Mutex
	M  map[string]bot.Profile
}

func (s *Profiles) LoadProfile(k string) (bot.Profile, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.M[k]
	return p, ok, nil
}

func (s *Profiles) SaveProfile(k string, p bot.Profile) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.M == nil {
		s.M = map[string]bot.Profile{}
	}
	s.M[k] = p
	return nil
}

func (s *Profiles) DeleteProfile(k string) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, ok := s.M[k]
	delete(s.M, k)
	return ok, nil
}

// CoachWith builds a fresh coach over the embedded guide with extra options.
func CoachWith(t testing.TB, opts ...bot.Option) *bot.Coach {
	t.Helper()
	c, _ := CoachAndIndex(t, opts...)
	return c
}

// CoachAndIndex builds a fresh coach and gives its index too, for tests that change
// how it ranks (index.SetAsked). The index is closed when the test ends.
func CoachAndIndex(t testing.TB, opts ...bot.Option) (*bot.Coach, *index.Index) {
	t.Helper()
	g, err := knowledge.Default()
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(g.Passages())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	ix.Warm() // as a running server does
	return bot.New(g, ix, append([]bot.Option{bot.WithLogger(slog.New(slog.DiscardHandler))}, opts...)...), ix
}
