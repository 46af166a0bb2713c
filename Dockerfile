# The dashboard as a container:
#   docker build -t conflict-map .
#   docker run -p 8501:8501 -v conflict-map-data:/app/data conflict-map
# Then open http://localhost:8501. The store lives in /app/data (a volume).
FROM python:3.11-slim

# PYTHONPATH=/app: the code under /app is what runs, not the copy pip puts in
# site-packages, so the dashboard serves dashboard/static/ (its Leaflet files) from
# beside its code. The store and the seeds are settings (docs/settings.md).
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONPATH=/app \
    GEODATA_DB=/app/data/geodata.sqlite \
    GEODATA_SEEDS=/app/seeds

RUN useradd --create-home --uid 10001 --user-group app
WORKDIR /app

COPY pyproject.toml README.md ./
COPY geodata/ geodata/
COPY dashboard/ dashboard/
COPY seeds/ seeds/
COPY .streamlit/ .streamlit/

# Install the project and its dependencies; copy the map's Leaflet files into
# dashboard/static/vendor now, so the app (which cannot write there) serves them
# offline; and give the app its data directory.
RUN pip install . \
    && python -c "from dashboard import assets; assets.install()" \
    && mkdir -p /app/data \
    && chown app:app /app/data

USER app
VOLUME ["/app/data"]
EXPOSE 8501

# curl is not in the slim image: ask Streamlit's health endpoint with Python.
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(urllib.request.urlopen('http://localhost:8501/_stcore/health', timeout=4).read() != b'ok')"]

CMD ["streamlit", "run", "dashboard/serve.py", "--server.port=8501", "--server.address=0.0.0.0"]
