// Package metrics exposes mpmcoach's Prometheus metrics: questions by platform and
// command, answer latency, abstentions, tips posted and failed, platform errors, and
// rate-limited users. It implements the observer interfaces the other packages declare.
package metrics

import (
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics holds the collectors, in a registry of their own.
type Metrics struct {
	reg         *prometheus.Registry
	questions   *prometheus.CounterVec
	latency     *prometheus.HistogramVec
	abstentions *prometheus.CounterVec
	limited     *prometheus.CounterVec
	tipsPosted  *prometheus.CounterVec
	tipsFailed  *prometheus.CounterVec
	platformErr *prometheus.CounterVec
}

// New registers the collectors, and Go's and the process's own.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "mpmcoach_questions_total",
			Help: "Questions and commands answered, by platform and command."}, []string{"platform", "command"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "mpmcoach_answer_seconds",
			Help:    "Time to answer, by platform (the coach only; not the network).",
			Buckets: []float64{.00001, .00005, .0001, .00025, .0005, .001, .0025, .005, .01, .05, .25}}, []string{"platform"}),
		abstentions: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "mpmcoach_abstentions_total",
			Help: "Questions the guide had no answer to, by platform."}, []string{"platform"}),
		limited: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "mpmcoach_rate_limited_total",
			Help: "Questions refused because the user asked too fast, by platform."}, []string{"platform"}),
		tipsPosted: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "mpmcoach_tips_posted_total",
			Help: "Scheduled readiness tips posted, by schedule and platform."}, []string{"schedule", "platform"}),
		tipsFailed: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "mpmcoach_tips_failed_total",
			Help: "Scheduled tips that could not be posted in their slot."}, []string{"schedule", "platform"}),
		platformErr: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "mpmcoach_platform_errors_total",
			Help: "Failed calls to a chat platform, by platform and operation."}, []string{"platform", "op"}),
	}
	m.reg.MustRegister(m.questions, m.latency, m.abstentions, m.limited, m.tipsPosted, m.tipsFailed, m.platformErr,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves /metrics.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg})
}

// Answered counts an answer (bot.Observer).
func (m *Metrics) Answered(platform, command string, took time.Duration, abstained bool) {
	m.questions.WithLabelValues(platform, command).Inc()
	m.latency.WithLabelValues(platform).Observe(took.Seconds())
	if abstained {
		m.abstentions.WithLabelValues(platform).Inc()
	}
}

// RateLimited counts a refused question (bot.Observer).
func (m *Metrics) RateLimited(platform string) { m.limited.WithLabelValues(platform).Inc() }

// TipPosted counts a posted tip (tips.Observer).
func (m *Metrics) TipPosted(schedule, platform string) {
	m.tipsPosted.WithLabelValues(schedule, platform).Inc()
}

// TipFailed counts a tip that finally failed (tips.Observer).
func (m *Metrics) TipFailed(schedule, platform string) {
	m.tipsFailed.WithLabelValues(schedule, platform).Inc()
}

// PlatformError counts a failed platform call (the adapters' error hook).
func (m *Metrics) PlatformError(platform, op string) {
	m.platformErr.WithLabelValues(platform, op).Inc()
}
