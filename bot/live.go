package bot

import (
	"context"
	"sync/atomic"
	"time"
)

// Live is the coach in service: a reload builds a new coach in the background and
// swaps it in at once, so every request sees one whole coach, old or new, never a
// half-built index.
type Live struct {
	p   atomic.Pointer[Coach]
	gen atomic.Uint64 // bumped by every swap, so caches of answers know they are stale
}

// NewLive serves c.
func NewLive(c *Coach) *Live {
	l := &Live{}
	l.p.Store(c)
	return l
}

// Swap puts c in service.
func (l *Live) Swap(c *Coach) {
	l.p.Store(c)
	l.gen.Add(1)
}

// Generation changes whenever a new coach is swapped in.
func (l *Live) Generation() uint64 { return l.gen.Load() }

// Coach returns the coach in service.
func (l *Live) Coach() *Coach { return l.p.Load() }

// Answer answers with the coach in service.
func (l *Live) Answer(ctx context.Context, r Request) Reply { return l.p.Load().Answer(ctx, r) }

// Catalog returns the choices of the coach in service.
func (l *Live) Catalog() Catalog { return l.p.Load().Catalog() }

// TipIDs lists the tips of the coach in service.
func (l *Live) TipIDs() []string { return l.p.Load().TipIDs() }

// TipByID renders a tip of the coach in service.
func (l *Live) TipByID(id string) (Reply, bool) { return l.p.Load().TipByID(id) }

// StoredProfile returns kept readiness answers from the coach in service.
func (l *Live) StoredProfile(platform, user string) (Profile, bool) {
	return l.p.Load().StoredProfile(platform, user)
}

// Admit applies the rate limit of the coach in service.
func (l *Live) Admit(r Request) (Reply, bool) { return l.p.Load().Admit(r) }

// Served logs and counts an answer with the coach in service.
func (l *Live) Served(r Request, command string, abstained bool, took time.Duration) {
	l.p.Load().Served(r, command, abstained, took)
}
