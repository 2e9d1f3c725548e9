# syntax=docker/dockerfile:1
# Build: docker build -t mpmcoach .
# Run:   docker run -p 8080:8080 -v mpmcoach-data:/data -e SLACK_BOT_TOKEN -e SLACK_SIGNING_SECRET mpmcoach
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# The same build as the README's and .ci/run's (CI runs this exact line): a static
# binary with the guide embedded.
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/mpmcoach ./cmd/mpmcoach
RUN mkdir -p /out/data

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/mpmcoach /usr/local/bin/mpmcoach
# Tip state lives here (tips.state: /data/mpmcoach.db); the nonroot user owns it.
COPY --from=build --chown=65532:65532 /out/data /data
USER nonroot:nonroot
ENV MPMCOACH_ADDR=:8080
EXPOSE 8080
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 CMD ["/usr/local/bin/mpmcoach", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/mpmcoach"]
CMD ["serve"]
