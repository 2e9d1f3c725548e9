package metrics

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestExposition(t *testing.T) {
	m := New()
	m.Answered("slack", "salary", 20*time.Microsecond, false)
	m.Answered("slack", "question", time.Millisecond, true)
	m.RateLimited("discord")
	m.TipPosted("weekday-tips", "slack")
	m.TipFailed("weekday-tips", "slack")
	m.PlatformError("slack", "chat.postMessage")
	w := httptest.NewRecorder()
	m.Handler().ServeHTTP(w, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(w.Body)
	for _, want := range []string{
		`mpmcoach_questions_total{command="salary",platform="slack"} 1`,
		`mpmcoach_abstentions_total{platform="slack"} 1`,
		`mpmcoach_answer_seconds_bucket{platform="slack",le="5e-05"} 1`,
		`mpmcoach_rate_limited_total{platform="discord"} 1`,
		`mpmcoach_tips_posted_total{platform="slack",schedule="weekday-tips"} 1`,
		`mpmcoach_tips_failed_total{platform="slack",schedule="weekday-tips"} 1`,
		`mpmcoach_platform_errors_total{op="chat.postMessage",platform="slack"} 1`,
		"go_goroutines", "process_resident_memory_bytes",
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %s", want)
		}
	}
}
