"""How events look, on every map: ``geodata export-map``'s page and the dashboard's.

* :mod:`geodata.render.symbols`: colour, size and outline of an event's symbol, and its words;
* :mod:`geodata.render.filters`: which events a map shows (:class:`~geodata.render.filters.EventFilter`);
* :mod:`geodata.render.safe`: links and script JSON made safe for a page;
* :mod:`geodata.render.basemap`: the offline base map drawn beneath the tiles;
* :mod:`geodata.render.browser`: the scripts and stylesheets under ``static/``;
* :mod:`geodata.render.htmlmap`: the self-contained HTML page of ``geodata export-map``.

Reads only the records (:mod:`geodata.models`); never pandas, streamlit or folium.
"""
