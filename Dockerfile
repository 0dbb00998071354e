# syntax=docker/dockerfile:1
# The production image: one API process serving the GraphQL API, the explorer, the console and
# the documents. Multi-stage: build everything with the dev dependencies, then a runtime with
# production dependencies only, running as the unprivileged `node` user.
#
#   docker build -t good-practice-awards .
#   docker run -p 4000:4000 -v gpa-data:/data good-practice-awards             # embedded database
#   docker run -p 4000:4000 -e DATABASE_URL=postgres://… good-practice-awards  # PostgreSQL server
# compose.yaml runs three of these behind Caddy on one PostgreSQL.

ARG NODE_VERSION=20.19
ARG PNPM_VERSION=10.33.0

FROM node:${NODE_VERSION}-bookworm-slim AS base
ARG PNPM_VERSION
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH CI=true
RUN npm install -g pnpm@${PNPM_VERSION} && pnpm --version
WORKDIR /app

# --- build: every workspace package with its dev dependencies --------------------------------
FROM base AS build
# The manifests first, so that the dependency layer is cached until they change.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY packages/shared/package.json packages/shared/
COPY apps/api/package.json apps/api/
COPY apps/explorer/package.json apps/explorer/
COPY apps/console/package.json apps/console/
COPY tests/package.json tests/
COPY bench/package.json bench/
RUN --mount=type=cache,id=pnpm,target=/pnpm/store pnpm install --frozen-lockfile
COPY tsconfig.base.json ./
COPY packages packages
COPY apps apps
COPY seeds seeds
RUN pnpm --filter @gpa/shared run build \
 && pnpm --filter @gpa/api --filter @gpa/explorer --filter @gpa/console run build

# --- deps: production dependencies of the API and what it imports ----------------------------
FROM base AS deps
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY packages/shared/package.json packages/shared/
COPY apps/api/package.json apps/api/
RUN --mount=type=cache,id=pnpm,target=/pnpm/store \
    pnpm install --frozen-lockfile --prod --filter "@gpa/api..."

# --- runtime ----------------------------------------------------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
# Debian's Chromium prints the PDFs (the HTML documents work without it); fonts come with the app.
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium tini \
 && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    PORT=4000 \
    HOST=0.0.0.0 \
    DATA_DIR=/data
WORKDIR /app
# The repository's layout is kept: the API finds the built apps and the seed files beside it.
COPY --from=deps --chown=node:node /app ./
COPY --from=build --chown=node:node /app/packages/shared/dist packages/shared/dist
COPY --from=build --chown=node:node /app/apps/api/dist apps/api/dist
COPY --from=build --chown=node:node /app/apps/explorer/dist apps/explorer/dist
COPY --from=build --chown=node:node /app/apps/console/dist apps/console/dist
COPY --from=build --chown=node:node /app/seeds seeds
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 4000
# Ready = the database answers and the migrations are current (what the balancer checks too).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM: stop accepting, finish in-flight requests, close the pool, exit 0 (main.ts).
STOPSIGNAL SIGTERM
ENTRYPOINT ["/usr/bin/tini", "--"]
# A young generation of 64 MB: a third of the garbage collection time (README, "Performance").
CMD ["node", "--max-semi-space-size=64", "apps/api/dist/main.js"]
