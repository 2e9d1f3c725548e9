// Package fair runs request work on a few workers, least recently served connection
// first.
//
// Go's HTTP server gives each connection a goroutine, and the runtime looks for
// newly arrived requests only when it has nothing else to run: under load, requests
// are discovered in batches and served in no particular order within a batch. A
// request that arrives early in one batch can then be served last in the next, after
// nearly two batches of waiting, while others wait almost none: the slowest answers
// take twice the typical time or more. Serving the connection that has waited
// longest since its last answer first makes the wait about the same for everyone.
// (Measured with loadtest/run.sh on two cores, uncached free-text /mpm: p99 from
// 10.4–10.7 ms to 8.0–8.2 ms at the same rate.)
package fair

import (
	"container/heap"
	"context"
	"runtime"
	"sync"
)

// Queue runs jobs on one worker per P, lowest key first. The zero value is not
// usable; use New. Jobs should be short (microseconds to a few milliseconds): a
// queued job waits for every job ahead of it.
type Queue struct {
	workers int
	start   sync.Once

	mu      sync.Mutex
	ready   *sync.Cond // a job was queued, or the queue closed
	jobs    jobHeap
	queued  uint64 // jobs queued: equal keys go in this order
	served  uint64 // jobs finished: a connection's key is this count at its last answer
	closed  bool
	running sync.WaitGroup
}

// New returns a queue with workers workers (at least one); its workers start with
// its first job.
func New(workers int) *Queue {
	q := &Queue{workers: max(workers, 1)}
	q.ready = sync.NewCond(&q.mu)
	return q
}

// conn is what a queue knows of a connection: when it was last served.
type conn struct {
	mu   sync.Mutex
	last uint64
	seen bool
}

type connKey struct{}

// WithConn marks ctx as one connection's, for http.Server.ConnContext: requests on
// it are then ordered by when the connection was last served. Requests without it
// are served in the order they are queued.
func WithConn(ctx context.Context) context.Context {
	return context.WithValue(ctx, connKey{}, &conn{})
}

// Do runs fn on a worker, after the queued jobs of connections served less
// recently than ctx's, and returns when it has run. A panic in fn is raised again
// in the caller, so the caller's recovery sees it. After Close, fn runs at once, in
// the caller.
func (q *Queue) Do(ctx context.Context, fn func()) {
	c, _ := ctx.Value(connKey{}).(*conn)
	q.mu.Lock()
	if q.closed {
		q.mu.Unlock()
		fn()
		return
	}
	key := q.served
	if c != nil {
		c.mu.Lock()
		if c.seen {
			key = c.last
		}
		c.mu.Unlock()
	}
	q.queued++
	j := &job{key: key, seq: q.queued, fn: fn, done: make(chan struct{})}
	heap.Push(&q.jobs, j)
	q.ready.Signal()
	q.mu.Unlock()
	q.start.Do(q.startWorkers)

	<-j.done
	if c != nil {
		c.mu.Lock()
		c.last, c.seen = j.served, true
		c.mu.Unlock()
	}
	if j.panicked != nil {
		panic(j.panicked)
	}
}

// Close stops the workers once the jobs queued are done. Later jobs run in their
// callers.
func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.ready.Broadcast()
	q.mu.Unlock()
	q.running.Wait()
}

func (q *Queue) startWorkers() {
	for range q.workers {
		q.running.Add(1)
		go q.work()
	}
}

func (q *Queue) work() {
	defer q.running.Done()
	for {
		// Step to the back of the run queue first: the goroutines of requests the
		// runtime has just found are ahead, and queue their jobs before this
		// worker picks the next one. Without it the order is again the runtime's.
		runtime.Gosched()
		q.mu.Lock()
		for len(q.jobs) == 0 && !q.closed {
			q.ready.Wait()
		}
		if len(q.jobs) == 0 {
			q.mu.Unlock()
			return
		}
		j := heap.Pop(&q.jobs).(*job)
		q.mu.Unlock()

		j.run()
		q.mu.Lock()
		q.served++
		j.served = q.served
		q.mu.Unlock()
		close(j.done)
	}
}

type job struct {
	key, seq uint64
	fn       func()
	done     chan struct{}
	served   uint64 // the queue's count when it finished
	panicked any
}

func (j *job) run() {
	defer func() { j.panicked = recover() }()
	j.fn()
}

// jobHeap is a min-heap of jobs by key, then by when they were queued.
type jobHeap []*job

func (h jobHeap) Len() int { return len(h) }
func (h jobHeap) Less(i, j int) bool {
	if h[i].key != h[j].key {
		return h[i].key < h[j].key
	}
	return h[i].seq < h[j].seq
}
func (h jobHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *jobHeap) Push(x any)   { *h = append(*h, x.(*job)) }
func (h *jobHeap) Pop() any {
	old := *h
	j := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return j
}
