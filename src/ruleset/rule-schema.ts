/**
 * JSON Schema of a rule file. `schema/rule.schema.json` is generated from this (npm run docs) so
 * editors can complete rule files; a test keeps the two equal.
 */
export const ruleSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://github.com/ai-act-gate/ai-act-gate/schema/rule.schema.json",
  "title": "ai-act-gate rule",
  "description": "One documentation duty of the EU AI Act, checked against a model card. File name = id.",
  "type": "object",
  "additionalProperties": false,
  "required": [
    "id",
    "title",
    "citations",
    "appliesTo",
    "audience",
    "severity",
    "evidence",
    "message",
    "help"
  ],
  "properties": {
    "id": {
      "type": "string",
      "pattern": "^[a-z][a-z0-9-]*$"
    },
    "title": {
      "type": "string",
      "minLength": 3
    },
    "citations": {
      "type": "array",
      "minItems": 1,
      "items": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "article": {
            "type": "integer",
            "minimum": 1,
            "maximum": 113
          },
          "paragraph": {
            "type": "integer",
            "minimum": 1
          },
          "point": {
            "type": "string",
            "pattern": "^[a-z]+$|^[ivx]+$"
          },
          "annex": {
            "type": "string",
            "pattern": "^[IVX]+$"
          },
          "section": {
            "type": "integer",
            "minimum": 1
          },
          "item": {
            "type": "integer",
            "minimum": 1
          },
          "document": {
            "type": "string",
            "minLength": 3
          }
        },
        "anyOf": [
          {
            "required": [
              "article"
            ]
          },
          {
            "required": [
              "annex"
            ]
          },
          {
            "required": [
              "document"
            ]
          }
        ]
      }
    },
    "appliesTo": {
      "type": "array",
      "items": {
        "enum": [
          "not-gpai",
          "gpai-open-source",
          "gpai",
          "gpai-systemic-risk",
          "modification",
          "unknown"
        ]
      },
      "uniqueItems": true
    },
    "requiredWhen": {
      "type": "string",
      "pattern": "^[a-z][a-z0-9-]*$"
    },
    "audience": {
      "type": "array",
      "minItems": 1,
      "items": {
        "enum": [
          "downstream-providers",
          "ai-office",
          "public",
          "commission"
        ]
      }
    },
    "severity": {
      "enum": [
        "error",
        "warning",
        "notice"
      ]
    },
    "evidence": {
      "type": "object",
      "additionalProperties": false,
      "required": [
        "met"
      ],
      "properties": {
        "met": {
          "$ref": "#/$defs/matcher"
        },
        "partial": {
          "$ref": "#/$defs/matcher"
        }
      }
    },
    "message": {
      "type": "string",
      "minLength": 10
    },
    "help": {
      "type": "string",
      "minLength": 10
    },
    "inForceFrom": {
      "type": "string",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
      "description": "Date the duty applies from (Art. 113)."
    },
    "earlierModelsFrom": {
      "type": "string",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
      "description": "Date the duty applies from for models placed on the market before inForceFrom (Art. 111(3): 2027-08-02)."
    }
  },
  "$defs": {
    "sectionNames": {
      "oneOf": [
        {
          "type": "string",
          "pattern": "^[a-z][a-z0-9-]*$"
        },
        {
          "type": "array",
          "minItems": 1,
          "items": {
            "type": "string",
            "pattern": "^[a-z][a-z0-9-]*$"
          }
        }
      ]
    },
    "matcher": {
      "type": "object",
      "oneOf": [
        {
          "additionalProperties": false,
          "required": [
            "metadata"
          ],
          "properties": {
            "metadata": {
              "type": "string",
              "minLength": 1
            },
            "pattern": {
              "type": "string"
            },
            "minLength": {
              "type": "integer",
              "minimum": 1
            }
          }
        },
        {
          "additionalProperties": false,
          "required": [
            "section"
          ],
          "properties": {
            "section": {
              "$ref": "#/$defs/sectionNames"
            },
            "minWords": {
              "type": "integer",
              "minimum": 1
            }
          }
        },
        {
          "additionalProperties": false,
          "required": [
            "pattern"
          ],
          "properties": {
            "pattern": {
              "type": "string",
              "minLength": 1
            },
            "within": {
              "$ref": "#/$defs/sectionNames"
            },
            "excludeWithin": {
              "$ref": "#/$defs/sectionNames"
            },
            "minCount": {
              "type": "integer",
              "minimum": 1
            },
            "includeCode": {
              "type": "boolean",
              "description": "also search code blocks (usage snippets, pinned installs); prose only by default"
            }
          }
        },
        {
          "additionalProperties": false,
          "required": [
            "quantity"
          ],
          "properties": {
            "quantity": {
              "oneOf": [
                {
                  "$ref": "#/$defs/quantityKind"
                },
                {
                  "type": "array",
                  "minItems": 1,
                  "items": {
                    "$ref": "#/$defs/quantityKind"
                  }
                }
              ]
            }
          }
        },
        {
          "additionalProperties": false,
          "required": [
            "link"
          ],
          "properties": {
            "link": {
              "type": "string",
              "minLength": 1
            },
            "url": {
              "type": "string"
            }
          }
        },
        {
          "additionalProperties": false,
          "required": [
            "predicate"
          ],
          "properties": {
            "predicate": {
              "type": "string",
              "pattern": "^[a-z][a-z0-9-]*$"
            }
          }
        },
        {
          "additionalProperties": false,
          "required": [
            "anyOf"
          ],
          "properties": {
            "anyOf": {
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/matcher"
              }
            }
          }
        },
        {
          "additionalProperties": false,
          "required": [
            "allOf"
          ],
          "properties": {
            "allOf": {
              "type": "array",
              "minItems": 1,
              "items": {
                "$ref": "#/$defs/matcher"
              }
            }
          }
        }
      ]
    },
    "quantityKind": {
      "enum": [
        "parameters",
        "activeParameters",
        "trainingTokens",
        "trainingCompute",
        "gpuHours",
        "gpuCount",
        "trainingDays",
        "contextWindow",
        "energy",
        "co2"
      ]
    }
  }
} as const;
