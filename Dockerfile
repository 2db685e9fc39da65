# ai-act-gate serve, the GitHub App webhook server, as a container. The bundle in dist/ holds every
# dependency, so the image needs only it, the rules and package.json (which makes dist/ ES modules).
#   docker build -t ai-act-gate .
#   docker run -p 3000:3000 -e APP_ID -e WEBHOOK_SECRET -e PRIVATE_KEY_PATH=/run/secrets/app.pem \
#     -v "$PWD/app.pem:/run/secrets/app.pem:ro" ai-act-gate
FROM node:24-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY package.json ./
COPY dist ./dist
COPY rules ./rules
# The image's unprivileged user; the files stay root's, read-only to it.
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "dist/cli.js", "serve"]
