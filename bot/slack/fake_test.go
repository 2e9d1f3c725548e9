package slack

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// fakeSlack speaks enough of Slack's Web API for the adapter (auth.test,
// chat.postMessage, apps.connections.open), records what the bot sends, takes
// response_url posts, and serves a Socket Mode websocket.
type fakeSlack struct {
	t   testing.TB
	srv *httptest.Server

	mu        sync.Mutex
	posts     []url.Values     // chat.postMessage calls
	responses []map[string]any // response_url posts
	opens     int              // apps.connections.open calls
	limited   int              // answer this many chat.postMessage calls with 429
	postError string           // answer chat.postMessage with this error
	authError string           // answer auth.test and apps.connections.open with this error

	sockets chan *websocket.Conn // Socket Mode connections, for the test to drive
}

func newFakeSlack(t testing.TB) *fakeSlack {
	f := &fakeSlack{t: t, sockets: make(chan *websocket.Conn, 4)}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/auth.test", func(w http.ResponseWriter, r *http.Request) {
		if f.authError != "" {
			fmt.Fprintf(w, `{"ok":false,"error":%q}`, f.authError)
			return
		}
		fmt.Fprint(w, `{"ok":true,"url":"https://test.slack.com/","team":"Test","user":"mpmcoach","team_id":"T1","user_id":"UBOT"}`)
	})
	mux.HandleFunc("/api/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		f.mu.Lock()
		defer f.mu.Unlock()
		f.posts = append(f.posts, r.PostForm)
		if f.limited > 0 {
			f.limited--
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		if f.postError != "" {
			fmt.Fprintf(w, `{"ok":false,"error":%q}`, f.postError)
			return
		}
		fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1700000000.000100"}`, r.PostForm.Get("channel"))
	})
	mux.HandleFunc("/api/conversations.history", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		f.mu.Lock()
		defer f.mu.Unlock()
		var msgs []map[string]any
		for i := len(f.posts) - 1; i >= 0; i-- { // newest first, as Slack returns them
			p := f.posts[i]
			if p.Get("channel") != r.PostForm.Get("channel") {
				continue
			}
			m := map[string]any{"type": "message", "text": p.Get("text"), "ts": fmt.Sprintf("1700000000.%06d", i), "bot_id": "B1"}
			if md := p.Get("metadata"); md != "" && r.PostForm.Get("include_all_metadata") == "1" {
				m["metadata"] = json.RawMessage(md)
			}
			msgs = append(msgs, m)
		}
		json.NewEncoder(w).Encode(map[string]any{"ok": true, "messages": msgs, "has_more": false})
	})
	mux.HandleFunc("/api/apps.connections.open", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		f.opens++
		f.mu.Unlock()
		if f.authError != "" {
			fmt.Fprintf(w, `{"ok":false,"error":%q}`, f.authError)
			return
		}
		fmt.Fprintf(w, `{"ok":true,"url":"ws://%s/ws"}`, r.Host)
	})
	mux.HandleFunc("/response/", func(w http.ResponseWriter, r *http.Request) {
		var m map[string]any
		json.NewDecoder(r.Body).Decode(&m)
		f.mu.Lock()
		f.responses = append(f.responses, m)
		f.mu.Unlock()
		fmt.Fprint(w, "ok")
	})
	upgrader := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	mux.HandleFunc("/ws", func(w http.ResponseWriter, r *http.Request) {
		c, err := upgrader.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		c.WriteJSON(map[string]any{"type": "hello", "num_connections": 1})
		f.sockets <- c
	})
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeSlack) apiURL() string      { return f.srv.URL + "/api/" }
func (f *fakeSlack) responseURL() string { return f.srv.URL + "/response/1" }

func (f *fakeSlack) postCount() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.posts)
}

// waitPosts waits until the bot has called chat.postMessage n times.
func (f *fakeSlack) waitPosts(n int) []url.Values {
	f.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		f.mu.Lock()
		if len(f.posts) >= n {
			out := append([]url.Values(nil), f.posts...)
			f.mu.Unlock()
			return out
		}
		f.mu.Unlock()
		time.Sleep(5 * time.Millisecond)
	}
	f.t.Fatalf("waited for %d chat.postMessage calls, got %d", n, f.postCount())
	return nil
}

func (f *fakeSlack) waitResponses(n int) []map[string]any {
	f.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		f.mu.Lock()
		if len(f.responses) >= n {
			out := append([]map[string]any(nil), f.responses...)
			f.mu.Unlock()
			return out
		}
		f.mu.Unlock()
		time.Sleep(5 * time.Millisecond)
	}
	f.t.Fatalf("waited for %d response_url posts", n)
	return nil
}

const testSecret = "8f742231b10e8888abcd99yyyzzz85a5"

// sign computes Slack's v0 signature of a request body.
func sign(secret, ts, body string) string {
	m := hmac.New(sha256.New, []byte(secret))
	io.WriteString(m, "v0:"+ts+":"+body)
	return "v0=" + hex.EncodeToString(m.Sum(nil))
}

// signed builds a request signed now, as Slack sends it.
func signed(path, contentType, body string) *http.Request {
	return signedAt(path, contentType, body, time.Now())
}

func signedAt(path, contentType, body string, at time.Time) *http.Request {
	r := httptest.NewRequest(http.MethodPost, path, strings.NewReader(body))
	ts := strconv.FormatInt(at.Unix(), 10)
	r.Header.Set("Content-Type", contentType)
	r.Header.Set("X-Slack-Request-Timestamp", ts)
	r.Header.Set("X-Slack-Signature", sign(testSecret, ts, body))
	return r
}

const formType = "application/x-www-form-urlencoded"

func commandBody(text string) string {
	return url.Values{"command": {"/mpm"}, "text": {text}, "user_id": {"U1"}, "channel_id": {"C1"},
		"team_id": {"T1"}, "response_url": {"https://hooks.slack.com/commands/T1/1/x"}}.Encode()
}
