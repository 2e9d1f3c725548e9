package discord

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// call is one REST request the bot made to the fake.
type call struct {
	Method, Path string
	Body         map[string]any
	List         []any // for bodies that are JSON arrays (command registration)
	At           time.Time
}

// fakeDiscord serves the REST routes the bot uses and a gateway that performs the
// handshake (HELLO, IDENTIFY, READY, heartbeats) and then dispatches events.
type fakeDiscord struct {
	t   testing.TB
	srv *httptest.Server // the shared server; see shared
	mux *http.ServeMux

	mu        sync.Mutex
	calls     []call
	identify  map[string]any
	badToken  bool
	closeCode int               // close the gateway with this code after IDENTIFY
	failPosts map[string]string // path prefix -> JSON error body with 403

	seq    int
	notify chan call
	active atomic.Pointer[chan string] // the newest identified gateway connection's events
}

// shared is one server for every test in the package: discordgo's endpoints are
// package globals, and a session of an earlier test may still be reconnecting (reading
// them) when the next test starts, so the base URL must never change. It routes to the
// current test's fake.
var shared struct {
	once sync.Once
	srv  *httptest.Server
	cur  atomic.Pointer[fakeDiscord]
}

const (
	botID = "111111111111111111"
	appID = "222222222222222222"
)

func newFakeDiscord(t testing.TB) *fakeDiscord {
	f := &fakeDiscord{t: t, notify: make(chan call, 256), failPosts: map[string]string{}}
	shared.once.Do(func() {
		shared.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			shared.cur.Load().mux.ServeHTTP(w, r)
		}))
	})
	mux := http.NewServeMux()
	f.mux = mux
	mux.HandleFunc("/api/v9/", f.rest)
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	// discordgo adds a slash to the gateway URL before its query.
	mux.HandleFunc("/gateway/", func(w http.ResponseWriter, r *http.Request) {
		c, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		go f.gateway(c)
	})
	f.srv = shared.srv
	shared.cur.Store(f)
	return f
}

func (f *fakeDiscord) rest(w http.ResponseWriter, r *http.Request) {
	path := strings.TrimPrefix(r.URL.Path, "/api/v9")
	raw, _ := io.ReadAll(r.Body)
	c := call{Method: r.Method, Path: path, At: time.Now()}
	if len(raw) > 0 && raw[0] == '[' {
		json.Unmarshal(raw, &c.List)
	} else {
		json.Unmarshal(raw, &c.Body)
	}
	f.mu.Lock()
	f.calls = append(f.calls, c)
	bad, fail := f.badToken, ""
	for prefix, body := range f.failPosts {
		if strings.HasPrefix(path, prefix) {
			fail = body
		}
	}
	f.mu.Unlock()
	select {
	case f.notify <- c:
	default:
	}
	w.Header().Set("Content-Type", "application/json")
	switch {
	case path == "/gateway":
		fmt.Fprintf(w, `{"url":"ws://%s/gateway"}`, r.Host)
	case path == "/users/@me":
		if bad {
			w.WriteHeader(http.StatusUnauthorized)
			fmt.Fprint(w, `{"message":"401: Unauthorized","code":0}`)
			return
		}
		fmt.Fprintf(w, `{"id":%q,"username":"mpmcoach","discriminator":"0","bot":true}`, botID)
	case fail != "":
		w.WriteHeader(http.StatusForbidden)
		fmt.Fprint(w, fail)
	case strings.HasSuffix(path, "/commands"):
		fmt.Fprint(w, `[]`)
	case strings.HasSuffix(path, "/callback"):
		w.WriteHeader(http.StatusNoContent)
	case r.Method == http.MethodGet && strings.HasSuffix(path, "/messages"):
		// The bot's own messages in the channel, newest first, as Discord returns them.
		f.mu.Lock()
		var msgs []map[string]any
		for i := len(f.calls) - 1; i >= 0; i-- {
			c := f.calls[i]
			if c.Method == http.MethodPost && c.Path == path {
				msgs = append(msgs, map[string]any{"id": fmt.Sprint(1000 + i), "channel_id": "1", "content": "",
					"author": map[string]any{"id": botID, "username": "mpmcoach", "bot": true}, "embeds": c.Body["embeds"]})
			}
		}
		f.mu.Unlock()
		json.NewEncoder(w).Encode(msgs)
	default:
		fmt.Fprint(w, `{"id":"900","channel_id":"1"}`)
	}
}

func (f *fakeDiscord) gateway(c *websocket.Conn) {
	defer c.Close()
	c.WriteJSON(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}})
	var ident map[string]any
	if err := c.ReadJSON(&ident); err != nil {
		return
	}
	if ident["op"] != float64(2) {
		// A RESUME from a session of an earlier test: not this test's bot.
		c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(4009, "session timed out"))
		return
	}
	mine := make(chan string, 64)
	f.active.Store(&mine)
	f.mu.Lock()
	f.identify = ident
	code := f.closeCode
	f.mu.Unlock()
	if code != 0 {
		c.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(code, "closed by fake"))
		time.Sleep(50 * time.Millisecond)
		return
	}
	var wmu sync.Mutex
	write := func(v any) error {
		wmu.Lock()
		defer wmu.Unlock()
		return c.WriteJSON(v)
	}
	f.mu.Lock()
	f.seq++
	seq := f.seq
	f.mu.Unlock()
	write(map[string]any{"op": 0, "t": "READY", "s": seq, "d": map[string]any{
		"v": 9, "session_id": "fake-session", "resume_gateway_url": "ws://" + f.srv.Listener.Addr().String() + "/gateway",
		"user":        map[string]any{"id": botID, "username": "mpmcoach", "discriminator": "0", "bot": true},
		"application": map[string]any{"id": appID, "flags": 0}, "guilds": []any{}, "private_channels": []any{},
	}})
	stop := make(chan struct{})
	go func() { // heartbeats get acknowledged
		defer close(stop)
		for {
			var m map[string]any
			if err := c.ReadJSON(&m); err != nil {
				return
			}
			if m["op"] == float64(1) {
				write(map[string]any{"op": 11})
			}
		}
	}()
	for {
		select {
		case <-stop:
			return
		case ev := <-mine:
			var e struct {
				T string          `json:"t"`
				D json.RawMessage `json:"d"`
			}
			json.Unmarshal([]byte(ev), &e)
			f.mu.Lock()
			f.seq++
			seq := f.seq
			f.mu.Unlock()
			if write(map[string]any{"op": 0, "t": e.T, "s": seq, "d": e.D}) != nil {
				return
			}
		}
	}
}

// dispatch sends a gateway event to the bot (its newest gateway connection).
func (f *fakeDiscord) dispatch(t string, d any) {
	b, _ := json.Marshal(map[string]any{"t": t, "d": d})
	ch := f.active.Load()
	if ch == nil {
		f.t.Fatal("no gateway connection to dispatch to")
	}
	*ch <- string(b)
}

// waitCall waits for the bot's next REST call whose path has the given suffix.
func (f *fakeDiscord) waitCall(suffix string) call {
	f.t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		select {
		case c := <-f.notify:
			if strings.HasSuffix(c.Path, suffix) {
				return c
			}
		case <-deadline:
			f.t.Fatalf("no call to ...%s; calls: %v", suffix, f.paths())
			return call{}
		}
	}
}

func (f *fakeDiscord) paths() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []string
	for _, c := range f.calls {
		out = append(out, c.Method+" "+c.Path)
	}
	return out
}

// interaction builds an INTERACTION_CREATE payload.
func interaction(id string, typ int, data any, extra map[string]any) map[string]any {
	m := map[string]any{"id": id, "application_id": appID, "type": typ, "data": data, "guild_id": "500",
		"channel_id": "600", "token": "tok-" + id, "version": 1,
		"member": map[string]any{"user": map[string]any{"id": "700", "username": "asker"}}}
	for k, v := range extra {
		m[k] = v
	}
	return m
}

func slashData(sub string, opts ...map[string]any) map[string]any {
	o := map[string]any{"name": sub, "type": 1}
	if len(opts) > 0 {
		o["options"] = opts
	}
	return map[string]any{"id": "cmd", "name": "mpm", "type": 1, "options": []any{o}}
}

func strOpt(name, value string) map[string]any {
	return map[string]any{"name": name, "type": 3, "value": value}
}

func message(id, channel, guild, authorID, content string, bot bool, mentions ...string) map[string]any {
	var ms []any
	for _, m := range mentions {
		ms = append(ms, map[string]any{"id": m, "username": "x"})
	}
	m := map[string]any{"id": id, "channel_id": channel, "content": content, "mentions": ms, "type": 0,
		"author": map[string]any{"id": authorID, "username": "someone", "bot": bot}, "timestamp": "2026-11-28T10:00:00.000000+00:00"}
	if guild != "" {
		m["guild_id"] = guild
	}
	return m
}
