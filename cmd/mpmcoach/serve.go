package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/mpmcoach/mpmcoach/bot"
	"github.com/mpmcoach/mpmcoach/bot/tips"
	"github.com/mpmcoach/mpmcoach/config"
	"github.com/mpmcoach/mpmcoach/internal/fair"
	"github.com/mpmcoach/mpmcoach/metrics"
	"github.com/mpmcoach/mpmcoach/profiles"
)

const serveUsage = `Usage: mpmcoach serve

Run the coach in the chat platforms that are configured, until SIGINT or SIGTERM
(answers in flight are finished first). SIGHUP, or 'mpmcoach reload', reloads the guide.

Slack:    SLACK_BOT_TOKEN plus SLACK_SIGNING_SECRET (HTTP endpoints under /slack/ on
          MPMCOACH_ADDR, default :8080) or SLACK_APP_TOKEN (Socket Mode, no public URL).
          SLACK_API_URL points the Web API elsewhere (GovSlack, a proxy, tests).
Discord:  DISCORD_BOT_TOKEN (the gateway: no public URL). discord.guild_id in the
          settings registers /mpm in one server at once; discord.ask_channels answers
          questions there without a mention. DISCORD_API_URL for a proxy or tests.
HTTP:     GET /healthz (alive), GET /readyz (index built, platforms connected),
          GET /metrics (Prometheus), POST /admin/reload (from this machine only).
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

// service is what serve runs: the coach in service, the platforms, the HTTP server.
type service struct {
	cfg     *config.Config
	log     *slog.Logger
	live    *bot.Live
	opts    []bot.Option // every coach gets these, so limits and metrics survive a reload
	metrics *metrics.Metrics

	mu      sync.Mutex
	ready   []func() (bool, string)
	waiters []func(context.Context) error
	closers []func() error
}

func runServe(ctx context.Context, cfg *config.Config, args []string, stdout io.Writer) error {
	fs := subcommand("serve", serveUsage, stdout)
	if stop, err := parseFlags(fs, args); stop {
		return err
	}
	if !isTerminal(stdout) {
		// One log line per answer, written as one syscall each, costs a quarter of the
		// throughput under load: lines are buffered and flushed every 100 ms and at exit.
		bw := newFlushWriter(stdout, 100*time.Millisecond)
		defer bw.Close()
		stdout = bw
	}
	log := newLogger(stdout, cfg.Level())
	if len(cfg.Platforms()) == 0 {
		return errNoPlatform
	}
	if os.Getenv("GOGC") == "" {
		// The live heap is about 20 MB (most of it the compiled phrasing rules), so the
		// default GOGC=100 collects three times a second under load, each cycle slowing
		// the answers in flight. A 100 MB heap costs little on a server and gives about
		// 10 % more answers per second (README › Performance). GOGC still overrides it.
		debug.SetGCPercent(400)
	}
	if err := tips.Validate(tipsConfig(cfg), cfg.Platforms()); err != nil {
		return err
	}
	m := metrics.New()
	sv := &service{cfg: cfg, log: log, metrics: m, opts: []bot.Option{
		bot.WithLimiter(bot.NewLimiter(*cfg.RateLimit)), bot.WithObserver(m), bot.WithQuestionLogging(cfg.LogQuestions),
	}}
	if cfg.Readiness.State != "" {
		store, err := profiles.Open(cfg.Readiness.State)
		if err != nil {
			return err
		}
		defer store.Close()
		sv.opts = append(sv.opts, bot.WithProfiles(store))
	}
	coach, err := newCoach(cfg, log, true, sv.opts...)
	if err != nil {
		return err
	}
	sv.live = bot.NewLive(coach)

	mux := http.NewServeMux()
	fatal := make(chan error, 2)
	posters, err := sv.startPlatforms(ctx, mux, fatal)
	if err != nil {
		sv.shutdown(nil)
		return err
	}
	if err := sv.startTips(ctx, posters); err != nil {
		sv.shutdown(nil)
		return err
	}
	sv.routes(mux)

	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		sv.shutdown(nil)
		return fmt.Errorf("listen on %s: %w", cfg.Addr, err)
	}
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       60 * time.Second,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		// Slash commands are answered least recently served connection first.
		ConnContext: func(ctx context.Context, _ net.Conn) context.Context { return fair.WithConn(ctx) },
	}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			fatal <- fmt.Errorf("http server: %w", err)
		}
	}()
	log.Info("listening", "component", "serve", "addr", ln.Addr().String())

	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)
	var runErr error
loop:
	for {
		select {
		case <-ctx.Done():
			log.Info("shutting down: finishing answers in flight", "component", "serve")
			break loop
		case <-hup:
			go sv.reload()
		case runErr = <-fatal:
			log.Error("stopping", "component", "serve", "err", runErr)
			break loop
		}
	}
	sv.shutdown(srv)
	return runErr
}

// startPlatforms connects every configured platform; it returns them as tip posters.
func (sv *service) startPlatforms(ctx context.Context, mux *http.ServeMux, fatal chan<- error) (map[string]tips.Poster, error) {
	cfg, log := sv.cfg, sv.log
	posters := map[string]tips.Poster{}
	for _, p := range cfg.Platforms() {
		switch p {
		case "slack":
			ad, err := newSlack(cfg, sv.live, log, func(op string) { sv.metrics.PlatformError("slack", op) })
			if err != nil {
				return nil, err
			}
			if err := ad.Check(ctx); err != nil {
				return nil, err
			}
			posters[p] = ad
			sv.add(ad.Ready, ad.Wait, ad.Close)
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
		case "discord":
			da, err := newDiscord(cfg, sv.live, log, func(op string) { sv.metrics.PlatformError("discord", op) })
			if err != nil {
				return nil, err
			}
			if err := da.Start(ctx); err != nil {
				return nil, err
			}
			posters[p] = da
			sv.add(da.Ready, da.Wait, da.Close)
		}
	}
	return posters, nil
}

func (sv *service) startTips(ctx context.Context, posters map[string]tips.Poster) error {
	if len(sv.cfg.Tips.Schedules) == 0 {
		return nil
	}
	sched, err := tips.New(tipsConfig(sv.cfg), sv.live, posters, tips.WithLogger(sv.log), tips.WithObserver(sv.metrics))
	if err != nil {
		return err
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		sched.Run(ctx)
	}()
	sv.add(nil, func(grace context.Context) error {
		select {
		case <-done:
		case <-grace.Done():
			return grace.Err()
		}
		return sched.Close()
	}, nil)
	sv.log.Info("tips: posting on schedule", "component", "serve", "schedules", len(sv.cfg.Tips.Schedules), "state", sv.cfg.Tips.State)
	return nil
}

func (sv *service) add(ready func() (bool, string), wait func(context.Context) error, closer func() error) {
	sv.mu.Lock()
	defer sv.mu.Unlock()
	if ready != nil {
		sv.ready = append(sv.ready, ready)
	}
	if wait != nil {
		sv.waiters = append(sv.waiters, wait)
	}
	if closer != nil {
		sv.closers = append(sv.closers, closer)
	}
}

func (sv *service) routes(mux *http.ServeMux) {
	sv.healthRoutes(mux)
	mux.Handle("GET /metrics", sv.metrics.Handler())
	mux.HandleFunc("POST /admin/reload", func(w http.ResponseWriter, r *http.Request) {
		if !fromLoopback(r) {
			http.Error(w, "reload is only accepted from this machine", http.StatusForbidden)
			return
		}
		if err := sv.reload(); err != nil {
			http.Error(w, "reload failed, the previous guide keeps answering: "+err.Error(), http.StatusUnprocessableEntity)
			return
		}
		fmt.Fprintln(w, "reloaded")
	})
}

// healthRoutes are the health endpoints.
func (sv *service) healthRoutes(mux *http.ServeMux) {
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { fmt.Fprintln(w, "ok") })
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		var not []string
		if sv.live == nil || sv.live.Coach() == nil {
			not = append(not, "the guide is not indexed")
		}
		sv.mu.Lock()
		for _, r := range sv.ready {
			if ok, why := r(); !ok {
				not = append(not, why)
			}
		}
		sv.mu.Unlock()
		if len(not) > 0 {
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, "not ready: "+strings.Join(not, "; "))
			return
		}
		fmt.Fprintln(w, "ready")
	})
}

func fromLoopback(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return false
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

var reloadMu sync.Mutex

// reload loads and indexes the guide in the background and swaps the new coach in
// at once; a guide with errors is rejected and the old one keeps answering.
func (sv *service) reload() error {
	reloadMu.Lock()
	defer reloadMu.Unlock()
	start := time.Now()
	coach, err := newCoach(sv.cfg, sv.log, true, sv.opts...)
	if err != nil {
		sv.log.Error("reload failed; the previous guide keeps answering", "component", "serve", "err", err)
		return err
	}
	sv.live.Swap(coach)
	sv.log.Info("guide reloaded", "component", "serve", "took", time.Since(start), "passages", len(coach.Guide().Passages()))
	return nil
}

// shutdown stops taking requests (HTTP, gateways) and waits for answers in flight.
func (sv *service) shutdown(srv *http.Server) {
	grace, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	if srv != nil {
		if err := srv.Shutdown(grace); err != nil {
			sv.log.Warn("http shutdown", "component", "serve", "err", err)
		}
	}
	sv.mu.Lock()
	closers, waiters := sv.closers, sv.waiters
	sv.mu.Unlock()
	for _, c := range closers {
		if err := c(); err != nil {
			sv.log.Warn("closing a platform connection", "component", "serve", "err", err)
		}
	}
	for _, wait := range waiters {
		if err := wait(grace); err != nil {
			sv.log.Warn("answers still in flight at shutdown", "component", "serve", "err", err)
		}
	}
}

// newLogger logs JSON, or text when a person is watching a terminal.
func newLogger(w io.Writer, level slog.Level) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	if isTerminal(w) {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// flushWriter buffers whole lines (slog writes a record in one Write) and flushes them
// on a timer and on Close.
type flushWriter struct {
	mu   sync.Mutex
	w    *bufio.Writer
	stop chan struct{}
	done chan struct{}
}

func newFlushWriter(w io.Writer, every time.Duration) *flushWriter {
	f := &flushWriter{w: bufio.NewWriterSize(w, 64<<10), stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(f.done)
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				f.flush()
			case <-f.stop:
				f.flush()
				return
			}
		}
	}()
	return f
}

func (f *flushWriter) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.w.Write(p)
}

func (f *flushWriter) flush() {
	f.mu.Lock()
	defer f.mu.Unlock()
	_ = f.w.Flush()
}

// Close flushes what is left and stops the timer.
func (f *flushWriter) Close() error {
	close(f.stop)
	<-f.done
	return nil
}

// localURL is the address of the running serve's HTTP server, from this machine.
func localURL(addr, path string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		host, port = "", "8080"
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + path
}

const reloadUsage = `Usage: mpmcoach reload

Ask the running 'mpmcoach serve' (at MPMCOACH_ADDR, from this machine) to reload the
guide. Same as sending it SIGHUP. A guide with errors is rejected, and the previous
one keeps answering.
`

const healthcheckUsage = `Usage: mpmcoach healthcheck

Exit 0 if the 'mpmcoach serve' at MPMCOACH_ADDR answers GET /healthz, else 1. For the
container's HEALTHCHECK.
`

func runReload(ctx context.Context, cfg *config.Config, args []string, stdout io.Writer) error {
	fs := subcommand("reload", reloadUsage, stdout)
	if stop, err := parseFlags(fs, args); stop {
		return err
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, localURL(cfg.Addr, "/admin/reload"), nil)
	resp, err := (&http.Client{Timeout: 30 * time.Second}).Do(req)
	if err != nil {
		return fmt.Errorf("reload: is mpmcoach serve running at %s? %w", cfg.Addr, err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("reload: %s", strings.TrimSpace(string(body)))
	}
	fmt.Fprint(stdout, string(body))
	return nil
}

func runHealthcheck(ctx context.Context, cfg *config.Config, args []string, stdout io.Writer) error {
	fs := subcommand("healthcheck", healthcheckUsage, stdout)
	if stop, err := parseFlags(fs, args); stop {
		return err
	}
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, localURL(cfg.Addr, "/healthz"), nil)
	resp, err := (&http.Client{Timeout: 3 * time.Second}).Do(req)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("healthcheck: %s", resp.Status)
	}
	return nil
}
