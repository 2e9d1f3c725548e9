package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"

	"github.com/mpmcoach/mpmcoach/bot/discord"
	"github.com/mpmcoach/mpmcoach/bot/tips"
	"github.com/mpmcoach/mpmcoach/config"
)

const serveUsage = `Usage: mpmcoach serve

Run the coach in the chat platforms that are configured, until SIGINT or SIGTERM
(answers in flight are finished first).

Slack:    SLACK_BOT_TOKEN plus SLACK_SIGNING_SECRET (HTTP endpoints under /slack/ on
          MPMCOACH_ADDR, default :8080) or SLACK_APP_TOKEN (Socket Mode, no public URL).
          SLACK_API_URL points the Web API elsewhere (GovSlack, a proxy, tests).
Discord:  DISCORD_BOT_TOKEN (the gateway: no public URL). discord.guild_id in the
          settings registers /mpm in one server at once; discord.ask_channels answers
          questions there without a mention. DISCORD_API_URL for a proxy or tests.
Settings file (--config or MPMCOACH_CONFIG): see config.example.yaml.
`

// errNoPlatform explains how to configure a platform, and how to try the coach without.
var errNoPlatform = errors.New(`serve: no chat platform is configured.

To run in Slack, set SLACK_BOT_TOKEN and either SLACK_SIGNING_SECRET (Slack calls
https://YOUR-HOST/slack/commands, /slack/events and /slack/interactions) or
SLACK_APP_TOKEN (Socket Mode: no public URL needed). The app manifest is
deploy/slack-manifest.yaml; README.md, "Run it in Slack", has the steps.

To run in Discord, set DISCORD_BOT_TOKEN; 'mpmcoach discord invite' prints the link
that adds the bot to a server. README.md, "Run it in Discord", has the steps.

To try the coach right now, without any platform: mpmcoach chat`)

// shutdownGrace is how long answers in flight get after SIGTERM.
const shutdownGrace = 10 * time.Second

func runServe(ctx context.Context, cfg *config.Config, args []string, stdout io.Writer) error {
	fs := subcommand("serve", serveUsage, stdout)
	if stop, err := parseFlags(fs, args); stop {
		return err
	}
	log := newLogger(stdout, cfg.Level())
	sl := cfg.Slack
	slackOn := sl.BotToken != "" || sl.AppToken != "" || sl.SigningSecret != ""
	discordOn := cfg.Discord.BotToken != ""
	if !slackOn && !discordOn {
		return errNoPlatform
	}
	if err := tips.Validate(tipsConfig(cfg), cfg.Platforms()); err != nil {
		return err
	}
	coach, err := newCoach(cfg, log)
	if err != nil {
		return err
	}
	posters := map[string]tips.Poster{}

	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	var (
		waiters []func(context.Context) error
		fatal   = make(chan error, 2)
	)
	var closers []func() error
	if slackOn {
		ad, err := newSlack(cfg, coach, log)
		if err != nil {
			return err
		}
		if err := ad.Check(ctx); err != nil {
			return err
		}
		posters["slack"] = ad
		waiters = append(waiters, ad.Wait)
		if ad.SocketMode() {
			go func() {
				if err := ad.RunSocketMode(ctx); err != nil {
					fatal <- err
				}
			}()
			log.Info("Slack: taking requests over Socket Mode", "component", "serve")
		} else {
			ad.Routes(mux)
			log.Info("Slack: taking requests at /slack/commands, /slack/events, /slack/interactions", "component", "serve")
		}
	}
	if discordOn {
		da, err := newDiscord(cfg, coach, log)
		if err != nil {
			return err
		}
		if err := da.Start(ctx); err != nil {
			return err
		}
		posters["discord"] = da
		closers = append(closers, da.Close)
		waiters = append(waiters, da.Wait)
	}

	if len(cfg.Tips.Schedules) > 0 {
		sched, err := tips.New(tipsConfig(cfg), coach, posters, tips.WithLogger(log))
		if err != nil {
			return err
		}
		tipsDone := make(chan struct{})
		go func() {
			defer close(tipsDone)
			sched.Run(ctx)
		}()
		waiters = append(waiters, func(grace context.Context) error {
			select {
			case <-tipsDone:
			case <-grace.Done():
				return grace.Err()
			}
			return sched.Close()
		})
		log.Info("tips: posting on schedule", "component", "serve", "schedules", len(cfg.Tips.Schedules), "state", cfg.Tips.State)
	}

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       60 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			fatal <- fmt.Errorf("http server: %w", err)
		}
	}()
	log.Info("listening", "component", "serve", "addr", ln.Addr().String())

	var runErr error
	select {
	case <-ctx.Done():
		log.Info("shutting down: finishing answers in flight", "component", "serve")
	case runErr = <-fatal:
		log.Error("stopping", "component", "serve", "err", runErr)
	}
	grace, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if err := srv.Shutdown(grace); err != nil {
		log.Warn("http shutdown", "component", "serve", "err", err)
	}
	for _, c := range closers {
		if err := c(); err != nil {
			log.Warn("closing a platform connection", "component", "serve", "err", err)
		}
	}
	for _, wait := range waiters {
		if err := wait(grace); err != nil {
			log.Warn("answers still in flight at shutdown", "component", "serve", "err", err)
		}
	}
	return runErr
}

// newLogger logs JSON, or text when a person is watching a terminal.
func newLogger(w io.Writer, level slog.Level) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			return slog.New(slog.NewTextHandler(w, opts))
		}
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}

const discordUsage = `Usage: mpmcoach discord invite [--client-id ID]

Print the link that adds the bot to a Discord server, with the bot and
applications.commands scopes and the least permissions it needs (view channels, send
messages and replies, in threads too, and embeds). The client id is read from
DISCORD_BOT_TOKEN unless --client-id gives it (Developer Portal, General Information,
Application ID).
`

func runDiscord(cfg *config.Config, args []string, stdout io.Writer) error {
	if len(args) == 0 || args[0] != "invite" {
		fmt.Fprint(stdout, discordUsage)
		if len(args) == 1 && (args[0] == "--help" || args[0] == "-h") {
			return nil
		}
		return errUsage
	}
	fs := subcommand("discord invite", discordUsage, stdout)
	clientID := fs.String("client-id", "", "the application id")
	if stop, err := parseFlags(fs, args[1:]); stop {
		return err
	}
	id := *clientID
	if id == "" {
		if cfg.Discord.BotToken == "" {
			return errors.New("discord invite: set DISCORD_BOT_TOKEN or pass --client-id")
		}
		var err error
		if id, err = discord.ClientIDFromToken(cfg.Discord.BotToken.Reveal()); err != nil {
			return fmt.Errorf("discord invite: DISCORD_BOT_TOKEN: %w; pass --client-id", err)
		}
	}
	fmt.Fprintln(stdout, discord.InviteURL(id))
	return nil
}
