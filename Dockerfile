# syntax=docker/dockerfile:1
# Build: docker build -t mpmcoach .
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# The same build as the README's and .ci/run's (CI runs this exact line): a static
# binary with the guide embedded.
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/mpmcoach ./cmd/mpmcoach

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/mpmcoach /usr/local/bin/mpmcoach
USER nonroot:nonroot
ENTRYPOINT ["/usr/local/bin/mpmcoach"]
CMD ["--help"]
