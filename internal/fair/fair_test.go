package fair

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// queuedJobs waits until n jobs are waiting in q.
func queuedJobs(t *testing.T, q *Queue, n int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for {
		q.mu.Lock()
		got := len(q.jobs)
		q.mu.Unlock()
		if got == n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d jobs queued, want %d", got, n)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestLeastRecentlyServedFirst(t *testing.T) {
	q := New(1)
	defer q.Close()
	bg := context.Background()
	a, b, c := WithConn(bg), WithConn(bg), WithConn(bg)
	// Served in the order c, b, a: a was served most recently.
	for _, ctx := range []context.Context{c, b, a} {
		q.Do(ctx, func() {})
	}

	// Hold the only worker while a, b and c queue in the opposite order, and a
	// connection never served before queues last.
	started, release := make(chan struct{}), make(chan struct{})
	go q.Do(bg, func() { close(started); <-release })
	<-started
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	for i, ctx := range []context.Context{a, b, c, WithConn(bg)} {
		name := []string{"a", "b", "c", "new"}[i]
		wg.Add(1)
		go q.Do(ctx, func() {
			defer wg.Done()
			mu.Lock()
			order = append(order, name)
			mu.Unlock()
		})
		queuedJobs(t, q, i+1)
	}
	close(release)
	wg.Wait()
	if got := order; len(got) != 4 || got[0] != "c" || got[1] != "b" || got[2] != "a" || got[3] != "new" {
		t.Errorf("served %v, want [c b a new]: longest since served first, then the new connection", got)
	}
}

func TestWithoutConnInQueueOrder(t *testing.T) {
	q := New(1)
	defer q.Close()
	started, release := make(chan struct{}), make(chan struct{})
	go q.Do(context.Background(), func() { close(started); <-release })
	<-started
	var order []int
	var wg sync.WaitGroup
	for i := range 5 {
		wg.Add(1)
		go q.Do(context.Background(), func() { defer wg.Done(); order = append(order, i) })
		queuedJobs(t, q, i+1)
	}
	close(release)
	wg.Wait()
	for i, got := range order {
		if got != i {
			t.Fatalf("served %v, want the order queued", order)
		}
	}
}

func TestPanicReachesCaller(t *testing.T) {
	q := New(2)
	defer q.Close()
	func() {
		defer func() {
			if p := recover(); p != "boom" {
				t.Errorf("recovered %v, want the job's panic", p)
			}
		}()
		q.Do(context.Background(), func() { panic("boom") })
		t.Error("Do returned after its job panicked")
	}()
	ran := false
	q.Do(context.Background(), func() { ran = true })
	if !ran {
		t.Error("the queue stopped working after a job panicked")
	}
}

func TestAtMostWorkersAtOnce(t *testing.T) {
	const workers = 3
	q := New(workers)
	defer q.Close()
	var running, most, done atomic.Int64
	var wg sync.WaitGroup
	for range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			q.Do(WithConn(context.Background()), func() {
				n := running.Add(1)
				for {
					m := most.Load()
					if n <= m || most.CompareAndSwap(m, n) {
						break
					}
				}
				time.Sleep(50 * time.Microsecond)
				running.Add(-1)
				done.Add(1)
			})
		}()
	}
	wg.Wait()
	if done.Load() != 200 {
		t.Errorf("%d of 200 jobs ran", done.Load())
	}
	if most.Load() > workers {
		t.Errorf("%d jobs ran at once, want at most %d", most.Load(), workers)
	}
}

func TestCloseFinishesQueuedThenRunsInCaller(t *testing.T) {
	q := New(1)
	started, release := make(chan struct{}), make(chan struct{})
	go q.Do(context.Background(), func() { close(started); <-release })
	<-started
	queuedDone := make(chan struct{})
	go q.Do(context.Background(), func() { close(queuedDone) })
	queuedJobs(t, q, 1)
	closed := make(chan struct{})
	go func() { q.Close(); close(closed) }()
	close(release)
	<-closed
	select {
	case <-queuedDone:
	default:
		t.Error("Close returned before the queued job ran")
	}
	ran := false
	q.Do(context.Background(), func() { ran = true })
	if !ran {
		t.Error("a job after Close did not run")
	}
}
