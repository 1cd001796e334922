"""One flow per kind of answer; service.ask maps each kind to its flow."""
