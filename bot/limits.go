package bot

import (
	"sync"
	"time"
)

// Limiter is a token bucket per user: each user may ask burst questions at once and
// gets perMinute more a minute. It is safe for concurrent use, and is shared by the
// coaches a reload replaces, so a reload doesn't reset anyone's limit.
type Limiter struct {
	mu        sync.Mutex
	perMinute float64
	burst     float64
	buckets   map[string]*bucket
	now       func() time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
}

// NewLimiter allows perMinute questions a minute per user, in bursts of up to that
// many. perMinute <= 0 turns limiting off.
func NewLimiter(perMinute int) *Limiter {
	return &Limiter{perMinute: float64(perMinute), burst: float64(perMinute), buckets: map[string]*bucket{}, now: time.Now}
}

// Allow takes a token for key, or says how long until one is free.
func (l *Limiter) Allow(key string) (bool, time.Duration) {
	if l == nil || l.perMinute <= 0 {
		return true, 0
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.buckets[key]
	if !ok {
		if len(l.buckets) > 100000 {
			l.prune(now)
		}
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	rate := l.perMinute / 60 // tokens a second
	b.tokens = min(l.burst, b.tokens+now.Sub(b.last).Seconds()*rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	return false, time.Duration((1 - b.tokens) / rate * float64(time.Second))
}

// prune forgets users whose buckets are full again: they are like new users.
func (l *Limiter) prune(now time.Time) {
	full := time.Duration(l.burst / (l.perMinute / 60) * float64(time.Second))
	for k, b := range l.buckets {
		if now.Sub(b.last) > full {
			delete(l.buckets, k)
		}
	}
}
