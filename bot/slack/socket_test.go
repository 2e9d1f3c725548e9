package slack

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

func socketAdapter(t *testing.T, f *fakeSlack) (*Adapter, *lockedBuffer) {
	logs := &lockedBuffer{}
	a, err := New(Config{BotToken: "xoxb-test-token", AppToken: "xapp-test-token", APIURL: f.apiURL(),
		Logger: slog.New(slog.NewTextHandler(logs, nil))}, realCoach(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Check(context.Background()); err != nil {
		t.Fatal(err)
	}
	return a, logs
}

func nextSocket(t *testing.T, f *fakeSlack) *websocket.Conn {
	t.Helper()
	select {
	case c := <-f.sockets:
		return c
	case <-time.After(10 * time.Second):
		t.Fatal("the bot did not open a Socket Mode connection")
		return nil
	}
}

// envelope sends a Socket Mode request and returns the bot's acknowledgement of it.
func envelope(t *testing.T, c *websocket.Conn, id, typ string, payload any) json.RawMessage {
	t.Helper()
	if err := c.WriteJSON(map[string]any{"type": typ, "envelope_id": id, "payload": payload, "accepts_response_payload": typ == "slash_commands"}); err != nil {
		t.Fatal(err)
	}
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	for {
		var ack struct {
			EnvelopeID string          `json:"envelope_id"`
			Payload    json.RawMessage `json:"payload"`
		}
		if err := c.ReadJSON(&ack); err != nil {
			t.Fatalf("waiting for the ack of %s: %v", id, err)
		}
		if ack.EnvelopeID == id {
			return ack.Payload
		}
	}
}

func TestSocketMode(t *testing.T) {
	f := newFakeSlack(t)
	a, logs := socketAdapter(t, f)
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() { errc <- a.RunSocketMode(ctx) }()

	c := nextSocket(t, f)
	cmd := map[string]any{"command": "/mpm", "text": "salary senior", "user_id": "U1", "channel_id": "C1", "response_url": f.responseURL()}
	ack := envelope(t, c, "env-1", "slash_commands", cmd)
	if s := string(ack); !strings.Contains(s, `"response_type":"ephemeral"`) || !strings.Contains(s, "$100k USD") {
		t.Errorf("slash command ack: %s", s)
	}

	var mention map[string]any
	json.Unmarshal([]byte(eventBody("EvS1", map[string]any{"type": "app_mention", "user": "U1", "text": "<@UBOT> path regional",
		"ts": "1700000001.000100", "channel": "C2"})), &mention)
	envelope(t, c, "env-2", "events_api", mention)
	post := f.waitPosts(1)[0]
	if post.Get("channel") != "C2" || post.Get("thread_ts") != "1700000001.000100" || !strings.Contains(post.Get("blocks"), "10-15 years") {
		t.Errorf("mention over Socket Mode: %v", post)
	}

	var share map[string]any
	json.Unmarshal([]byte(interactionPayload("mpm_share", "faq 8", f)), &share)
	envelope(t, c, "env-3", "interactive", share)
	if r := f.waitResponses(1)[0]; r["response_type"] != "in_channel" {
		t.Errorf("share over Socket Mode: %v", r)
	}

	// A dropped connection is reopened, and the bot answers on the new one.
	c.Close()
	c2 := nextSocket(t, f)
	ack = envelope(t, c2, "env-4", "slash_commands", map[string]any{"command": "/mpm", "text": "faq 8", "user_id": "U1", "channel_id": "C1"})
	if !strings.Contains(string(ack), "on-site") {
		t.Errorf("after reconnecting: %s", ack)
	}
	cancel()
	select {
	case err := <-errc:
		if err != nil {
			t.Errorf("RunSocketMode after cancel: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("RunSocketMode did not stop")
	}
	if strings.Contains(logs.String(), "xapp-test-token") {
		t.Error("app token logged")
	}
}

func TestSocketModeBadToken(t *testing.T) {
	f := newFakeSlack(t)
	a, _ := socketAdapter(t, f)
	f.authError = "invalid_auth"
	errc := make(chan error, 1)
	go func() { errc <- a.RunSocketMode(context.Background()) }()
	select {
	case err := <-errc:
		if err == nil || !strings.Contains(err.Error(), "invalid_auth") || strings.Contains(err.Error(), "xapp-") {
			t.Errorf("got %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a rejected app token did not stop Socket Mode")
	}
}

func interactionPayload(actionID, value string, f *fakeSlack) string {
	b, _ := json.Marshal(map[string]any{
		"type": "block_actions", "user": map[string]any{"id": "U1"}, "channel": map[string]any{"id": "C1"},
		"response_url": f.responseURL(), "trigger_id": "1.2.3",
		"actions": []map[string]any{{"action_id": actionID, "block_id": "mpm_actions", "type": "button", "value": value}},
	})
	return string(b)
}
