package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	slackapi "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// RunSocketMode takes commands, events and button presses over Socket Mode until ctx
// ends, so a bot behind a firewall needs no public URL. slack-go reconnects after a
// dropped connection; a revoked or wrong token ends it with an error that says so.
func (a *Adapter) RunSocketMode(ctx context.Context) error {
	if !a.SocketMode() {
		return errors.New("slack: Socket Mode needs SLACK_APP_TOKEN")
	}
	client := socketmode.New(a.api)
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-ctx.Done():
				return
			case evt, ok := <-client.Events:
				if !ok {
					return
				}
				a.socketEvent(ctx, client, evt)
			}
		}
	}()
	err := client.RunContext(ctx)
	a.socketUp.Store(false)
	stop() // the event loop ends with the connection, whatever ended it
	<-done
	if errors.Is(err, context.Canceled) { // RunContext always returns an error
		return nil
	}
	return fmt.Errorf("slack socket mode: %w%s", err, hint(err))
}

func (a *Adapter) socketEvent(ctx context.Context, client *socketmode.Client, evt socketmode.Event) {
	defer func() {
		if p := recover(); p != nil {
			a.log.Error("panic in a Socket Mode handler", "type", evt.Type)
		}
	}()
	switch evt.Type {
	case socketmode.EventTypeConnected:
		a.socketUp.Store(true)
		a.log.Info("Socket Mode connected")
	case socketmode.EventTypeConnecting, socketmode.EventTypeDisconnect:
		a.socketUp.Store(false)
	case socketmode.EventTypeConnectionError:
		a.socketUp.Store(false)
		a.failed("socket_mode")
		a.log.Warn("Socket Mode connection failed; retrying", "err", evt.Data)
	case socketmode.EventTypeInvalidAuth:
		a.socketUp.Store(false)
		a.failed("socket_mode")
		a.log.Error("Socket Mode: Slack rejected SLACK_APP_TOKEN")
	case socketmode.EventTypeSlashCommand:
		cmd, ok := evt.Data.(slackapi.SlashCommand)
		if !ok || evt.Request == nil {
			return
		}
		msg := json.RawMessage(a.commandJSON(ctx, command{Command: cmd.Command, Text: cmd.Text, UserID: cmd.UserID, ChannelID: cmd.ChannelID}))
		if err := client.Ack(*evt.Request, msg); err != nil {
			// Too big for a Socket Mode ack (20 KB): acknowledge, then use response_url.
			a.log.Warn("Socket Mode ack failed; answering through response_url", "err", err)
			_ = client.Ack(*evt.Request)
			a.async("command", func(ctx context.Context) {
				a.respondRaw(ctx, cmd.ResponseURL, msg)
			})
		}
	case socketmode.EventTypeInteractive:
		cb, ok := evt.Data.(slackapi.InteractionCallback)
		if evt.Request != nil {
			_ = client.Ack(*evt.Request)
		}
		if ok {
			a.interaction(cb)
		}
	case socketmode.EventTypeEventsAPI:
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if evt.Request != nil {
			_ = client.Ack(*evt.Request)
		}
		if ok && ev.Type == slackevents.CallbackEvent {
			a.callback(ev)
		}
	}
}
