package discord

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// BenchmarkInteractionRoundTrip measures, on loopback, the time from the fake gateway
// dispatching INTERACTION_CREATE for `/mpm salary level:senior` (and for a free-text
// `/mpm ask`) to the interaction callback arriving at the fake's REST endpoint.
// Target: p99 under 5 ms.
func BenchmarkInteractionRoundTrip(b *testing.B) {
	for _, tc := range []struct {
		name string
		data map[string]any
	}{
		{"salary-senior", slashData("salary", strOpt("level", "senior"))},
		{"ask-free-text", slashData("ask", strOpt("question", "can I work from home?"))},
	} {
		b.Run(tc.name, func(b *testing.B) {
			f := newFakeDiscord(b)
			start(b, f, Config{GuildID: "500"}, nil)
			var lat []time.Duration
			i := 0
			for b.Loop() {
				i++
				sent := time.Now()
				f.dispatch("INTERACTION_CREATE", interaction(fmt.Sprint(100000+i), 2, tc.data, nil))
				c := f.waitCall("/callback")
				lat = append(lat, c.At.Sub(sent))
			}
			slices.Sort(lat)
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
			b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
		})
	}
}
