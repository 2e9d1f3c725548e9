package bot_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/mpmcoach/mpmcoach/bot"
)

// chatQuestions are free-text questions as people type them, for the latency figures.
var chatQuestions = []string{
	"can I work from home?", "what certification should I get", "how long does it take to become a practice manager",
	"whats the pay like for an entry level mpm", "is it stressful", "what software do they use",
	"do I need a masters degree", "how do i find a practice manager job", "will AI replace practice managers",
	"what's the weather like today", "salery for senoir managr", "is this career recession proof",
}

// backgroundQuestions say something about the asker before the question, which
// costs a second look at the question alone (index.answersAlone).
var backgroundQuestions = []string{
	"I work at a clinic front desk. Who makes sure we follow HIPAA?",
	"I've been a nurse for 10 years. Would my experience count?",
	"I'm studying healthcare administration. Who won the world cup in 2018?",
	"I live in a small town. Will I find work?",
}

// benchAnswers reports the mean (ns/op) and the p50 and p99 latency of answering.
func benchAnswers(b *testing.B, texts []string) {
	c := coach(b)
	ctx := context.Background()
	for _, t := range texts { // a running server has compiled its phrasing rules; so has this
		c.Answer(ctx, bot.Request{Text: t, Platform: "bench"})
	}
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		start := time.Now()
		c.Answer(ctx, bot.Request{Text: texts[i%len(texts)], Platform: "bench"})
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(lat)
	if len(lat) > 0 {
		b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
		b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
	}
}

// BenchmarkAnswer: targets p50 ≤ 300 µs for free text, ≤ 50 µs for `salary senior`.
func BenchmarkAnswer(b *testing.B) {
	b.Run("free-text", func(b *testing.B) { benchAnswers(b, chatQuestions) })
	b.Run("salary-senior", func(b *testing.B) { benchAnswers(b, []string{"salary senior"}) })
	b.Run("with-background", func(b *testing.B) { benchAnswers(b, backgroundQuestions) })
}
