package slack

import (
	"github.com/mpmcoach/mpmcoach/internal/testkit"

	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mpmcoach/mpmcoach/bot"
)

func realCoach(t testing.TB) *bot.Coach { return testkit.Coach(t) }

type lockedBuffer = testkit.Buffer

type env struct {
	f    *fakeSlack
	a    *Adapter
	mux  *http.ServeMux
	logs *lockedBuffer
}

func newEnv(t testing.TB, answerer Answerer) *env {
	t.Helper()
	if answerer == nil {
		answerer = realCoach(t)
	}
	f := newFakeSlack(t)
	logs := &lockedBuffer{}
	a, err := New(Config{BotToken: "xoxb-test-token", SigningSecret: testSecret, APIURL: f.apiURL(),
		Logger: slog.New(slog.NewTextHandler(logs, nil)), MaxRetryWait: 20 * time.Millisecond}, answerer)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Check(context.Background()); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	a.Routes(mux)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		a.Wait(ctx)
		for _, secret := range []string{"xoxb-test-token", testSecret} {
			if strings.Contains(logs.String(), secret) {
				t.Errorf("a secret was logged:\n%s", logs.String())
			}
		}
	})
	return &env{f: f, a: a, mux: mux, logs: logs}
}

func (e *env) do(r *http.Request) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	e.mux.ServeHTTP(w, r)
	return w
}

// TestDocumentedSignature checks our signing against Slack's documented example, and
// that the handler verifies with the same algorithm (the example's 2018 timestamp is
// long stale, so it is rejected as such; re-signed now, the same body is answered).
func TestDocumentedSignature(t *testing.T) {
	const body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
	const want = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
	if got := sign(testSecret, "1531420618", body); got != want {
		t.Fatalf("sign = %s, want Slack's %s", got, want)
	}
	e := newEnv(t, nil)
	r := httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(body))
	r.Header.Set("X-Slack-Request-Timestamp", "1531420618")
	r.Header.Set("X-Slack-Signature", want)
	if w := e.do(r); w.Code != http.StatusUnauthorized {
		t.Errorf("documented (stale) request: %d, want 401", w.Code)
	}
	if w := e.do(signed("/slack/commands", formType, body)); w.Code != http.StatusOK {
		t.Errorf("same body signed now: %d %s", w.Code, w.Body)
	}
}

func TestRejectsBadRequests(t *testing.T) {
	e := newEnv(t, nil)
	good := commandBody("salary senior")
	tampered := signed("/slack/commands", formType, good)
	tampered.Body = http.NoBody
	tampered = httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(strings.Replace(good, "senior", "director", 1)))
	ref := signed("/slack/commands", formType, good)
	tampered.Header = ref.Header

	unsigned := httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(good))
	tests := []struct {
		name string
		req  *http.Request
		want int
	}{
		{"no signature", unsigned, http.StatusUnauthorized},
		{"body changed after signing", tampered, http.StatusUnauthorized},
		{"stale", signedAt("/slack/commands", formType, good, time.Now().Add(-6*time.Minute)), http.StatusUnauthorized},
		{"from the future", signedAt("/slack/commands", formType, good, time.Now().Add(6*time.Minute)), http.StatusUnauthorized},
		{"too large", signed("/slack/commands", formType, good+"&x="+strings.Repeat("a", 70<<10)), http.StatusRequestEntityTooLarge},
		{"not a command", signed("/slack/commands", formType, "hello=world"), http.StatusBadRequest},
		{"bad form", signed("/slack/commands", formType, "text=%zz"), http.StatusBadRequest},
		{"bad event json", signed("/slack/events", "application/json", `{"type":`), http.StatusBadRequest},
		{"bad interaction", signed("/slack/interactions", formType, "payload=%7Bnot+json"), http.StatusBadRequest},
		{"wrong method", httptest.NewRequest(http.MethodGet, "/slack/commands", nil), http.StatusMethodNotAllowed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if w := e.do(tc.req); w.Code != tc.want {
				t.Errorf("status %d, want %d (%s)", w.Code, tc.want, w.Body)
			}
		})
	}
	if n := e.f.postCount(); n != 0 {
		t.Errorf("rejected requests caused %d posts", n)
	}
}

// commandResponse is the JSON Slack receives for a slash command.
type commandResponse struct {
	ResponseType string            `json:"response_type"`
	Text         string            `json:"text"`
	Blocks       []json.RawMessage `json:"blocks"`
}

func slash(t *testing.T, e *env, text string) (commandResponse, string) {
	t.Helper()
	w := e.do(signed("/slack/commands", formType, commandBody(text)))
	if w.Code != http.StatusOK || !strings.HasPrefix(w.Header().Get("Content-Type"), "application/json") {
		t.Fatalf("status %d %s", w.Code, w.Body)
	}
	if w.Header().Get("Content-Length") != strconv.Itoa(w.Body.Len()) {
		t.Errorf("Content-Length %q for %d bytes", w.Header().Get("Content-Length"), w.Body.Len())
	}
	var resp commandResponse
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
		t.Fatal(err)
	}
	return resp, w.Body.String()
}

func TestSlashCommand(t *testing.T) {
	e := newEnv(t, nil)
	// The answer is sent whole before the handler yields (handleCommand).
	if w := e.do(signed("/slack/commands", formType, commandBody("salary senior"))); !w.Flushed {
		t.Error("answer not flushed before the handler returned")
	}
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"salary senior", []string{`"type":"header"`, "Senior Medical Practice Manager salary", "$100k USD", "Salary by Experience Level", `"action_id":"mpm_share"`, `"value":"salary senior"`}},
		{"salary", []string{"Director of Medical Practice Operations", "$145k USD", "$104,830 USD"}},
		{"faq", []string{"Can Medical Practice Managers work remotely"}},
		{"can I work remotely?", []string{"predominantly on-site", "Frequently Asked Questions"}},
		{"", []string{"career coach", "salary [level|country]"}},
		{"what's the weather in Paris?", []string{"couldn't find that"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			resp, raw := slash(t, e, tc.text)
			if resp.ResponseType != "ephemeral" || resp.Text == "" || len(resp.Blocks) == 0 {
				t.Errorf("want a private answer with blocks and fallback text: %s", raw)
			}
			for _, w := range tc.want {
				if !strings.Contains(raw, w) {
					t.Errorf("response lacks %q:\n%s", w, raw)
				}
			}
			checkLimits(t, resp.Blocks)
		})
	}
}

// checkLimits walks rendered blocks and holds Slack's Block Kit limits.
func checkLimits(t *testing.T, raw []json.RawMessage) {
	t.Helper()
	if len(raw) > maxBlocks {
		t.Errorf("%d blocks, Slack takes %d", len(raw), maxBlocks)
	}
	for _, b := range raw {
		var blk struct {
			Type string `json:"type"`
			Text *struct {
				Text string `json:"text"`
			} `json:"text"`
			Fields []struct {
				Text string `json:"text"`
			} `json:"fields"`
			Elements []struct {
				Text  json.RawMessage `json:"text"`
				Value string          `json:"value"`
			} `json:"elements"`
		}
		if err := json.Unmarshal(b, &blk); err != nil {
			t.Fatal(err)
		}
		if blk.Text != nil {
			limit := maxSectionText
			if blk.Type == "header" {
				limit = maxHeaderText
			}
			if len(blk.Text.Text) > limit {
				t.Errorf("%s text is %d bytes (limit %d)", blk.Type, len(blk.Text.Text), limit)
			}
		}
		if len(blk.Fields) > maxFields {
			t.Errorf("%d fields", len(blk.Fields))
		}
		for _, f := range blk.Fields {
			if len(f.Text) > maxFieldText {
				t.Errorf("field of %d bytes", len(f.Text))
			}
		}
		for _, el := range blk.Elements {
			if len(el.Value) > maxButtonValue {
				t.Errorf("button value of %d bytes", len(el.Value))
			}
			var txt struct {
				Text string `json:"text"`
			}
			if json.Unmarshal(el.Text, &txt) == nil && blk.Type == "actions" && len([]rune(txt.Text)) > maxButtonText {
				t.Errorf("button text %q too long", txt.Text)
			}
		}
	}
}

// TestLongRepliesStayInLimits renders replies far past Slack's limits: they are split
// and shortened visibly, never rejected.
func TestLongRepliesStayInLimits(t *testing.T) {
	long := strings.Repeat("A very long paragraph of guide text & <markup> that goes on. ", 200)
	r := bot.Reply{Title: strings.Repeat("Title ", 60), Sources: []string{"Career Path"}}
	for range 80 {
		r.Body = append(r.Body, long)
	}
	for i := range 25 {
		r.Fields = append(r.Fields, bot.Field{Name: "Field", Value: strings.Repeat("v", 3000+i)})
	}
	r.Answers = []bot.Answer{{ID: "x"}}
	r.Suggestions = []string{strings.Repeat("suggestion ", 20), "b", "c", "d", "e", "f"}
	blocks, text := render(r, renderOpts{Interactive: true, Query: "q"})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // read the text as Slack receives it
	enc.Encode(blocks)
	raw := buf.Bytes()
	var rawBlocks []json.RawMessage
	json.Unmarshal(raw, &rawBlocks)
	checkLimits(t, rawBlocks)
	s := string(raw)
	if !strings.Contains(s, "the answer goes on in the guide, section *Career Path*") {
		t.Error("a cut answer must say so and point to the section")
	}
	if strings.Contains(s, "<markup>") || !strings.Contains(s, "&lt;markup&gt;") || !strings.Contains(s, "&amp;") {
		t.Error("guide text not escaped for mrkdwn")
	}
	if len(text) > maxFallback || !strings.HasSuffix(text, "…") {
		t.Errorf("fallback text of %d bytes, or cut without a mark", len(text))
	}
}

func eventBody(id string, event map[string]any) string {
	b, _ := json.Marshal(map[string]any{"token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
		"event_id": id, "event_time": 1700000000, "event": event})
	return string(b)
}

func TestEvents(t *testing.T) {
	e := newEnv(t, nil)
	// url_verification
	w := e.do(signed("/slack/events", "application/json", `{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`))
	if w.Code != 200 || w.Body.String() != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Fatalf("url_verification: %d %q", w.Code, w.Body)
	}

	mention := eventBody("Ev1", map[string]any{"type": "app_mention", "user": "U1", "text": "<@UBOT> salary senior",
		"ts": "1700000000.000200", "channel": "C1", "event_ts": "1700000000.000200"})
	start := time.Now()
	if w := e.do(signed("/slack/events", "application/json", mention)); w.Code != 200 {
		t.Fatalf("mention: %d", w.Code)
	}
	if time.Since(start) > time.Second {
		t.Error("event not acknowledged at once")
	}
	// Slack retries: the same event id must not be answered twice.
	retry := signed("/slack/events", "application/json", mention)
	retry.Header.Set("X-Slack-Retry-Num", "1")
	retry.Header.Set("X-Slack-Retry-Reason", "http_timeout")
	e.do(retry)

	dm := eventBody("Ev2", map[string]any{"type": "message", "channel_type": "im", "user": "U1", "text": "can I work remotely?",
		"ts": "1700000000.000300", "channel": "D1"})
	e.do(signed("/slack/events", "application/json", dm))

	// Never answered: bots, ourselves, edits, channel chatter without a mention.
	for i, ev := range []map[string]any{
		{"type": "message", "channel_type": "im", "user": "U2", "bot_id": "B1", "text": "salary", "ts": "1.1", "channel": "D1"},
		{"type": "message", "channel_type": "im", "user": "UBOT", "text": "salary", "ts": "1.2", "channel": "D1"},
		{"type": "message", "channel_type": "im", "subtype": "message_changed", "text": "salary", "ts": "1.3", "channel": "D1"},
		{"type": "message", "channel_type": "channel", "user": "U1", "text": "salary", "ts": "1.4", "channel": "C1"},
		{"type": "app_mention", "user": "UBOT", "text": "<@UBOT> salary", "ts": "1.5", "channel": "C1"},
		{"type": "app_mention", "bot_id": "B9", "user": "U9", "text": "<@UBOT> salary", "ts": "1.6", "channel": "C1"},
	} {
		e.do(signed("/slack/events", "application/json", eventBody("Ignored"+string(rune('a'+i)), ev)))
	}

	e.f.waitPosts(2)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	e.a.Wait(ctx) // every answer posted: a third post would be one too many
	posts := e.f.waitPosts(2)
	if len(posts) != 2 {
		t.Fatalf("%d posts, want 2 (one mention, one DM): %v", len(posts), posts)
	}
	byChannel := map[string]url.Values{}
	for _, p := range posts {
		byChannel[p.Get("channel")] = p
	}
	m := byChannel["C1"]
	if m.Get("thread_ts") != "1700000000.000200" || !strings.Contains(m.Get("blocks"), "$100k USD") {
		t.Errorf("mention answer not in its thread or wrong: %v", m)
	}
	if d := byChannel["D1"]; d.Get("thread_ts") != "" || !strings.Contains(d.Get("blocks"), "on-site") {
		t.Errorf("DM answer: %v", d)
	}
	if strings.Contains(m.Get("blocks"), "mpm_share") {
		t.Error("a public answer offers a Share button")
	}
}

func interactionBody(actionID, value string, f *fakeSlack) string {
	return url.Values{"payload": {interactionPayload(actionID, value, f)}}.Encode()
}

func TestButtons(t *testing.T) {
	e := newEnv(t, nil)
	if w := e.do(signed("/slack/interactions", formType, interactionBody("mpm_share", "salary senior", e.f))); w.Code != 200 {
		t.Fatalf("share: %d", w.Code)
	}
	got := e.f.waitResponses(1)[0]
	raw, _ := json.Marshal(got)
	if got["response_type"] != "in_channel" || !strings.Contains(string(raw), "$100k USD") || !strings.Contains(string(raw), "Shared by \\u003c@U1\\u003e") {
		t.Errorf("shared answer: %s", raw)
	}
	e.do(signed("/slack/interactions", formType, interactionBody("mpm_ask_0", "path senior", e.f)))
	got = e.f.waitResponses(2)[1]
	raw, _ = json.Marshal(got)
	if got["response_type"] != "ephemeral" || got["replace_original"] != true || !strings.Contains(string(raw), "7-12 years") {
		t.Errorf("follow-up answer: %s", raw)
	}
}

func TestRateLimitIsWaitedOut(t *testing.T) {
	e := newEnv(t, nil)
	e.f.limited = 2
	if err := e.a.post(context.Background(), "C1", "", bot.Reply{Title: "t", Body: []string{"b"}}); err != nil {
		t.Fatalf("post after two 429s: %v", err)
	}
	if n := e.f.postCount(); n != 3 {
		t.Errorf("%d calls, want 3 (two limited, one through)", n)
	}
	e.f.limited = 10
	if err := e.a.post(context.Background(), "C1", "", bot.Reply{Title: "t"}); err == nil {
		t.Error("retries are not bounded")
	}
	e.f.limited = 0
	e.f.postError = "channel_not_found"
	if err := e.a.post(context.Background(), "C9", "", bot.Reply{Title: "t"}); err == nil {
		t.Error("a Slack error was swallowed")
	}
	if logs := e.logs.String(); !strings.Contains(logs, "channel=C9") || !strings.Contains(logs, "channel_not_found") {
		t.Errorf("failure not logged with channel and Slack error:\n%s", logs)
	}
}

type panicky struct{ *bot.Coach }

var _ Answerer = panicky{}

func (panicky) Answer(context.Context, bot.Request) bot.Reply { panic("boom xoxb-test-token") }

func TestPanicIsRecovered(t *testing.T) {
	e := newEnv(t, panicky{realCoach(t)})
	resp, raw := slash(t, e, "salary")
	if resp.ResponseType != "ephemeral" || !strings.Contains(raw, "Sorry") {
		t.Errorf("no apology: %s", raw)
	}
	if !strings.Contains(e.logs.String(), "panic") {
		t.Error("panic not logged")
	}
}

func TestBadTokens(t *testing.T) {
	f := newFakeSlack(t)
	f.authError = "invalid_auth"
	a, err := New(Config{BotToken: "xoxb-wrong", SigningSecret: "s", APIURL: f.apiURL()}, realCoach(t))
	if err != nil {
		t.Fatal(err)
	}
	err = a.Check(context.Background())
	if err == nil || !strings.Contains(err.Error(), "invalid_auth") || !strings.Contains(err.Error(), "Bot User OAuth Token") || strings.Contains(err.Error(), "xoxb-wrong") {
		t.Errorf("Check: %v", err)
	}
	for _, cfg := range []Config{{}, {BotToken: "xoxb-1"}, {BotToken: "xoxp-user", SigningSecret: "s"}, {BotToken: "xoxb-1", AppToken: "xoxb-2"}} {
		if _, err := New(cfg, realCoach(t)); err == nil {
			t.Errorf("New(%+v) accepted", cfg)
		}
	}
}

func TestMessageText(t *testing.T) {
	for in, want := range map[string]string{
		"<@UBOT> salary senior":           "salary senior",
		"<@UBOT|mpmcoach>   can I &amp; ": "can I &",
		"is pay &gt; $100k?":              "is pay > $100k?",
	} {
		if got := messageText(in); got != want {
			t.Errorf("messageText(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzSlackRequests(f *testing.F) {
	f.Add("/slack/commands", commandBody("salary senior"))
	f.Add("/slack/commands", "text=%zz&command=/mpm")
	f.Add("/slack/events", eventBody("E1", map[string]any{"type": "app_mention", "user": "U1", "text": "hi", "ts": "1", "channel": "C"}))
	f.Add("/slack/events", `{"type":"url_verification","challenge":"x"}`)
	f.Add("/slack/interactions", "payload=%7B%22type%22%3A%22block_actions%22%7D")
	e := newEnv(f, realCoach(f))
	f.Fuzz(func(t *testing.T, path, body string) {
		switch path {
		case "/slack/commands", "/slack/events", "/slack/interactions":
		default:
			path = "/slack/commands"
		}
		w := e.do(signed(path, formType, body))
		if w.Code != http.StatusOK && w.Code != http.StatusBadRequest && w.Code != http.StatusRequestEntityTooLarge {
			t.Errorf("%s %q: status %d", path, body, w.Code)
		}
	})
}

func TestTipPostedOnce(t *testing.T) {
	e := newEnv(t, nil)
	ctx := context.Background()
	key := "weekday-tips · 2026-11-30 14:00 UTC"
	if posted, err := e.a.Posted(ctx, "C9", key); err != nil || posted {
		t.Fatalf("before posting: %v %v", posted, err)
	}
	tip, _ := realCoach(t).TipByID("cmpe-handbook")
	if err := e.a.Post(ctx, "C9", key, tip); err != nil {
		t.Fatal(err)
	}
	if posted, err := e.a.Posted(ctx, "C9", key); err != nil || !posted {
		t.Errorf("after posting: %v %v", posted, err)
	}
	if posted, _ := e.a.Posted(ctx, "C9", "weekday-tips · 2026-12-01 14:00 UTC"); posted {
		t.Error("another slot's key matched")
	}
	if posted, _ := e.a.Posted(ctx, "C8", key); posted {
		t.Error("another channel matched")
	}
	p := e.f.waitPosts(1)[0]
	if !strings.Contains(p.Get("blocks"), "CMPE candidate handbook") || !strings.Contains(p.Get("blocks"), "Education") {
		t.Errorf("tip post: %v", p)
	}
}
