# The app (API, client and importer) for docker compose; Neo4j runs in its own container.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:client
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
CMD ["npx", "tsx", "server/start.ts"]
