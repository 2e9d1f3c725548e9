package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestSoak drives a running serve with thousands of mixed good and bad requests and
// checks: no panic, every good request answered, memory flat, no goroutine left over.
// Skipped with -short.
func TestSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("soak test: run without -short")
	}
	api, posts := slackAPI(t, "")
	const secret = "soak-signing-secret"
	env := map[string]string{"SLACK_BOT_TOKEN": "xoxb-soak-token", "SLACK_SIGNING_SECRET": secret,
		"SLACK_API_URL": api.URL + "/api", "MPMCOACH_ADDR": "127.0.0.1:0"}
	s := startServe(t, env)
	client := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 16}}
	defer client.CloseIdleConnections()

	texts := []string{"salary senior", "can I work from home?", "path regional", "faq 3", "tip", "what's the weather?",
		"hw mch do snr mgrs mak", "skills soft", "😀 ???", strings.Repeat("é", 1500)}
	var sent, good, goodEvents, failures atomic.Int64
	send := func(i int) {
		var body, path string
		signed, want := true, http.StatusOK
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		switch i % 10 {
		case 0, 1, 2, 3, 4: // slash commands, many users (each within the rate limit)
			path = "/slack/commands"
			body = url.Values{"command": {"/mpm"}, "text": {texts[i%len(texts)]}, "user_id": {fmt.Sprintf("U%d", i)}, "channel_id": {"C1"}}.Encode()
		case 5: // a mention
			path = "/slack/events"
			b, _ := json.Marshal(map[string]any{"type": "event_callback", "event_id": fmt.Sprintf("Ev%d", i),
				"event": map[string]any{"type": "app_mention", "user": fmt.Sprintf("U%d", i), "text": "<@UBOT> " + texts[i%len(texts)], "ts": "1.1", "channel": "C1"}})
			body = string(b)
			goodEvents.Add(1)
		case 6: // wrong signature
			path, body, signed, want = "/slack/commands", "command=%2Fmpm&text=salary&user_id=U1", false, http.StatusUnauthorized
		case 7: // too big
			path, body, want = "/slack/commands", "command=%2Fmpm&user_id=U1&text="+strings.Repeat("a", 70<<10), http.StatusRequestEntityTooLarge
		case 8: // malformed
			path, body, want = "/slack/events", `{"type":"event_callback","event":`, http.StatusBadRequest
		case 9: // stale timestamp
			path, body, want = "/slack/commands", "command=%2Fmpm&text=salary&user_id=U1", http.StatusUnauthorized
			ts = strconv.FormatInt(time.Now().Add(-10*time.Minute).Unix(), 10)
		}
		req, _ := http.NewRequest(http.MethodPost, "http://"+s.addr+path, strings.NewReader(body))
		req.Header.Set("X-Slack-Request-Timestamp", ts)
		if signed {
			req.Header.Set("X-Slack-Signature", slackSignAt(secret, ts, body))
		} else {
			req.Header.Set("X-Slack-Signature", "v0=deadbeef")
		}
		resp, err := client.Do(req)
		sent.Add(1)
		if err != nil {
			failures.Add(1)
			t.Errorf("request %d: %v", i, err)
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != want {
			failures.Add(1)
			t.Errorf("request %d (%s): %d, want %d: %.100s", i, path, resp.StatusCode, want, b)
			return
		}
		if want == http.StatusOK {
			if path == "/slack/commands" && !strings.Contains(string(b), `"blocks"`) {
				failures.Add(1)
				t.Errorf("request %d: no answer: %.200s", i, b)
				return
			}
			good.Add(1)
		}
	}
	run := func(from, n int) {
		var wg sync.WaitGroup
		jobs := make(chan int)
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range jobs {
					send(i)
				}
			}()
		}
		for i := from; i < from+n; i++ {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
	}
	run(0, 500)            // warm up
	settle := func() int { // idle connections closed, answers in flight done
		client.CloseIdleConnections()
		time.Sleep(200 * time.Millisecond)
		return runtime.NumGoroutine()
	}
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapInuse
	}
	warm, warmG := heap(), settle()
	run(500, 4500)
	after := heap()
	if after > warm*2+16<<20 {
		t.Errorf("heap grew from %d to %d bytes over 4500 requests", warm, after)
	}
	// Every mention is answered, once.
	deadline := time.Now().Add(10 * time.Second)
	for int64(len(posts())) < goodEvents.Load() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := int64(len(posts())); n != goodEvents.Load() {
		t.Errorf("%d mentions answered, want %d", n, goodEvents.Load())
	}
	// Requests leave no goroutines behind: as many serving now as after the warm-up.
	deadline = time.Now().Add(5 * time.Second)
	for settle() > warmG+3 && time.Now().Before(deadline) {
	}
	if n := runtime.NumGoroutine(); n > warmG+3 {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines after the soak, %d after the warm-up:\n%s", n, warmG, buf[:runtime.Stack(buf, true)])
	}
	s.stop()
	if logs := s.out.String(); strings.Contains(logs, "panic") {
		t.Errorf("a panic was logged")
	}
	t.Logf("soak: %d requests, %d good answered, %d mentions posted, heap %d KB -> %d KB, goroutines %d, failures %d",
		sent.Load(), good.Load(), len(posts()), warm>>10, after>>10, warmG, failures.Load())
}
