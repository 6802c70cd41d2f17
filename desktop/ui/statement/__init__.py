"""The register description editor and the privacy statement made from it."""
