"""The pure core: text in, values out. Nothing here imports faust or talks to Kafka."""
