package main

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mpmcoach/mpmcoach/internal/testkit"

	"gopkg.in/yaml.v3"
)

// syncBuffer is the program's stdout (its logs), written by many goroutines.
type syncBuffer = testkit.Buffer

// slackAPI is a minimal fake of Slack's Web API: auth.test and chat.postMessage.
func slackAPI(t *testing.T, authErr string) (*httptest.Server, func() []url.Values) {
	var mu sync.Mutex
	var posts []url.Values
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/api/auth.test":
			if authErr != "" {
				fmt.Fprintf(w, `{"ok":false,"error":%q}`, authErr)
				return
			}
			fmt.Fprint(w, `{"ok":true,"team":"T","user_id":"UBOT"}`)
		case "/api/chat.postMessage":
			r.ParseForm()
			mu.Lock()
			posts = append(posts, r.PostForm)
			mu.Unlock()
			fmt.Fprint(w, `{"ok":true,"ts":"1.1"}`)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, func() []url.Values {
		mu.Lock()
		defer mu.Unlock()
		return append([]url.Values(nil), posts...)
	}
}

func slackSign(secret, body string) (ts, sig string) {
	ts = strconv.FormatInt(time.Now().Unix(), 10)
	return ts, slackSignAt(secret, ts, body)
}

func slackSignAt(secret, ts, body string) string {
	m := hmac.New(sha256.New, []byte(secret))
	io.WriteString(m, "v0:"+ts+":"+body)
	return "v0=" + hex.EncodeToString(m.Sum(nil))
}

var listeningRE = regexp.MustCompile(`"msg":"listening".*?"addr":"([^"]+)"`)

// TestServeSlackEndToEnd runs `mpmcoach serve` in-process on a free port with a fake
// Slack behind SLACK_API_URL, sends it signed requests over real HTTP, and stops it as
// SIGTERM would.
func TestServeSlackEndToEnd(t *testing.T) {
	api, posts := slackAPI(t, "")
	const secret, token = "e2e-signing-secret-123", "xoxb-e2e-token-456"
	env := map[string]string{"SLACK_BOT_TOKEN": token, "SLACK_SIGNING_SECRET": secret,
		"SLACK_API_URL": api.URL + "/api", "MPMCOACH_ADDR": "127.0.0.1:0"}
	ctx, cancel := context.WithCancel(context.Background())
	out := &syncBuffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), out)
	}()

	var addr string
	for deadline := time.Now().Add(10 * time.Second); addr == "" && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		if m := listeningRE.FindStringSubmatch(out.String()); m != nil {
			addr = m[1]
		}
	}
	if addr == "" {
		t.Fatalf("serve did not start:\n%s", out)
	}
	post := func(path, body string) *http.Response {
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+path, strings.NewReader(body))
		ts, sig := slackSign(secret, body)
		req.Header.Set("X-Slack-Request-Timestamp", ts)
		req.Header.Set("X-Slack-Signature", sig)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { resp.Body.Close() })
		return resp
	}

	form := url.Values{"command": {"/mpm"}, "text": {"salary senior"}, "user_id": {"U1"}, "channel_id": {"C1"}}.Encode()
	resp := post("/slack/commands", form)
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || !bytes.Contains(body, []byte("$100k USD")) {
		t.Errorf("slash command: %d %s", resp.StatusCode, body)
	}
	event, _ := json.Marshal(map[string]any{"type": "event_callback", "event_id": "EvE2E", "team_id": "T",
		"event": map[string]any{"type": "app_mention", "user": "U1", "text": "<@UBOT> can I work from home?", "ts": "5.5", "channel": "C1"}})
	if resp := post("/slack/events", string(event)); resp.StatusCode != 200 {
		t.Errorf("event: %d", resp.StatusCode)
	}
	unsigned, _ := http.Post("http://"+addr+"/slack/commands", "application/x-www-form-urlencoded", strings.NewReader(form))
	if unsigned.StatusCode != http.StatusUnauthorized {
		t.Errorf("unsigned request: %d", unsigned.StatusCode)
	}
	unsigned.Body.Close()

	cancel() // SIGTERM
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
	// The mention was answered before shutdown completed.
	p := posts()
	if len(p) != 1 || p[0].Get("thread_ts") != "5.5" || !strings.Contains(p[0].Get("blocks"), "on-site") {
		t.Errorf("mention answer: %v", p)
	}
	logs := out.String()
	if strings.Contains(logs, token) || strings.Contains(logs, secret) {
		t.Errorf("a secret reached the logs:\n%s", logs)
	}
	if !strings.Contains(logs, `"component":"slack"`) {
		t.Errorf("logs lack the component attribute:\n%s", logs)
	}
}

func TestServeNeedsAPlatform(t *testing.T) {
	_, err := runMain(t, "", "serve")
	if err == nil || !strings.Contains(err.Error(), "SLACK_BOT_TOKEN") || !strings.Contains(err.Error(), "mpmcoach chat") {
		t.Errorf("got %v", err)
	}
}

func TestServeRejectsBadToken(t *testing.T) {
	api, _ := slackAPI(t, "invalid_auth")
	env := map[string]string{"SLACK_BOT_TOKEN": "xoxb-bad-token", "SLACK_SIGNING_SECRET": "s", "SLACK_API_URL": api.URL + "/api",
		"MPMCOACH_ADDR": "127.0.0.1:0"}
	var out bytes.Buffer
	err := run(context.Background(), []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), &out)
	if err == nil || !strings.Contains(err.Error(), "invalid_auth") || strings.Contains(err.Error()+out.String(), "xoxb-bad-token") {
		t.Errorf("got %v\n%s", err, out.String())
	}
}

// TestSlackManifests keeps the manifests in step with what the adapter serves.
func TestSlackManifests(t *testing.T) {
	for _, name := range []string{"slack-manifest.yaml", "slack-manifest-socket.yaml"} {
		data, err := os.ReadFile("../../deploy/" + name)
		if err != nil {
			t.Fatal(err)
		}
		var m struct {
			Features struct {
				SlashCommands []struct {
					Command, URL string
				} `yaml:"slash_commands"`
			}
			OAuth struct {
				Scopes struct{ Bot []string } `yaml:"scopes"`
			} `yaml:"oauth_config"`
			Settings struct {
				Events struct {
					RequestURL string   `yaml:"request_url"`
					BotEvents  []string `yaml:"bot_events"`
				} `yaml:"event_subscriptions"`
				Interactivity struct {
					Enabled    bool   `yaml:"is_enabled"`
					RequestURL string `yaml:"request_url"`
				} `yaml:"interactivity"`
				SocketMode bool `yaml:"socket_mode_enabled"`
			}
		}
		if err := yaml.Unmarshal(data, &m); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		socket := strings.Contains(name, "socket")
		if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != "/mpm" || m.Settings.SocketMode != socket || !m.Settings.Interactivity.Enabled {
			t.Errorf("%s: %+v", name, m)
		}
		for _, want := range []string{"commands", "chat:write", "app_mentions:read", "im:history", "channels:history", "groups:history"} {
			if !strings.Contains(strings.Join(m.OAuth.Scopes.Bot, " "), want) {
				t.Errorf("%s lacks scope %s", name, want)
			}
		}
		if strings.Join(m.Settings.Events.BotEvents, " ") != "app_mention message.im" {
			t.Errorf("%s events: %v", name, m.Settings.Events.BotEvents)
		}
		if !socket && (!strings.HasSuffix(m.Features.SlashCommands[0].URL, "/slack/commands") ||
			!strings.HasSuffix(m.Settings.Events.RequestURL, "/slack/events") || !strings.HasSuffix(m.Settings.Interactivity.RequestURL, "/slack/interactions")) {
			t.Errorf("%s: URLs don't match the routes", name)
		}
	}
}

func TestServeDiscordBadToken(t *testing.T) {
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprint(w, `{"message":"401: Unauthorized","code":0}`)
	}))
	defer api.Close()
	env := map[string]string{"DISCORD_BOT_TOKEN": "MTEx.bad.discord-secret", "DISCORD_API_URL": api.URL, "MPMCOACH_ADDR": "127.0.0.1:0"}
	var out bytes.Buffer
	err := run(context.Background(), []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), &out)
	if err == nil || !strings.Contains(err.Error(), "DISCORD_BOT_TOKEN") || strings.Contains(err.Error()+out.String(), "discord-secret") {
		t.Errorf("got %v\n%s", err, out.String())
	}
}

func TestDiscordInvite(t *testing.T) {
	env := map[string]string{"DISCORD_BOT_TOKEN": "MTExMTExMTExMTExMTExMTEx.x.y"}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"discord", "invite"}, func(k string) string { return env[k] }, strings.NewReader(""), &out); err != nil {
		t.Fatal(err)
	}
	if s := out.String(); !strings.Contains(s, "client_id=111111111111111111") || !strings.Contains(s, "applications.commands") || strings.Contains(s, "x.y") {
		t.Errorf("invite: %s", s)
	}
	out.Reset()
	if err := run(context.Background(), []string{"discord", "invite", "--client-id", "42"}, noEnv, strings.NewReader(""), &out); err != nil || !strings.Contains(out.String(), "client_id=42") {
		t.Errorf("--client-id: %v %s", err, out.String())
	}
	if err := run(context.Background(), []string{"discord", "invite"}, noEnv, strings.NewReader(""), &out); err == nil {
		t.Error("no token and no --client-id accepted")
	}
}
