# The bot in a container: `docker compose up` (compose.yaml) or
#   docker build -t doetmee . && docker run -e TELEGRAM_BOT_TOKEN=… -v doetmee-data:/data doetmee
# The database and the key file live on the volume /data (the key file beside the database,
# as outside a container); the image holds no secret and no data.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY dialogen ./dialogen
COPY locales ./locales
RUN python -m venv /opt/doetmee && /opt/doetmee/bin/pip install .
# deduce's lookup cache (about 1.5 minutes) and the rules' compiled patterns, built once here
# so no export waits for them.
RUN /opt/doetmee/bin/python -c "from bot.export.scrub import patterns; \
from bot.export.scrub.engine import DeduceEngine; DeduceEngine.load(); patterns.save()"

FROM python:3.11-slim
ENV PATH=/opt/doetmee/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    MPLCONFIGDIR=/tmp/matplotlib \
    DOETMEE_DATABASE=/data/doetmee.sqlite3
RUN groupadd --system --gid 10001 doetmee \
    && useradd --system --uid 10001 --gid doetmee --home-dir /data --no-create-home \
       --shell /usr/sbin/nologin doetmee \
    && mkdir -p /data /backups \
    && chown doetmee:doetmee /data /backups \
    && chmod 0700 /data /backups
COPY --from=build /opt/doetmee /opt/doetmee
# The bot takes a lock beside deduce's cache while reading it.
RUN chown -R doetmee:doetmee /opt/doetmee/lib/python3.11/site-packages/deduce/data/lookup/cache
USER doetmee:doetmee
WORKDIR /data
VOLUME ["/data"]
# `doetmee status --check`: the bot runs, its database answers, and its inbox moves (in
# webhook mode: its /healthz answers 200).
HEALTHCHECK --interval=30s --timeout=20s --start-period=60s --retries=3 \
    CMD ["doetmee", "status", "--check"]
ENTRYPOINT ["doetmee"]
CMD ["run"]
