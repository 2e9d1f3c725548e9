package slack

import (
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
)

// BenchmarkSlashCommand is the server's work for one /mpm request with the answer
// cache off, as the load test's uncached run: read, verify the signature, parse,
// answer, render, encode. It is the cost loadtest/run.sh multiplies by the requests in
// flight.
func BenchmarkSlashCommand(b *testing.B) {
	e := newEnv(b, nil)
	for _, c := range []struct{ name, text, want string }{
		{"salary-senior", "salary senior", "Senior"},
		{"free-text", "can I work from home?", "remote"},
	} {
		b.Run(c.name, func(b *testing.B) {
			body := commandBody(c.text)
			req := signed("/slack/commands", formType, body)
			var last *httptest.ResponseRecorder
			b.ReportAllocs()
			for b.Loop() {
				r := req.Clone(req.Context())
				r.Body = nopCloser{strings.NewReader(body)}
				last = httptest.NewRecorder()
				e.mux.ServeHTTP(last, r)
			}
			var resp commandResponse
			if err := json.Unmarshal(last.Body.Bytes(), &resp); err != nil || last.Code != 200 ||
				!strings.Contains(strings.ToLower(last.Body.String()), strings.ToLower(c.want)) {
				b.Fatalf("status %d, %v: %s", last.Code, err, last.Body.String())
			}
		})
	}
}

type nopCloser struct{ *strings.Reader }

func (nopCloser) Close() error { return nil }
