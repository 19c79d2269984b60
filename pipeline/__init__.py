"""shequ: Chinese community-governance clippings → evidence-backed program facts.

Data flow, one module per step:
raw bytes (reading) → clean text with offset map (normalize, mojibake) → articles
(layout, articles) → sentences/tokens (segment) → mentions (extract.*) → facts and
fact sheets (schema, sheets) → batch outputs (batch) → graph (graph).
"""

__version__ = "0.1.0"
