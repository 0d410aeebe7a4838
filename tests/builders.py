"""Tiny randomly initialised seq2seq models of real families, saved with save_pretrained.

They exercise the same ``from_pretrained`` path as production, offline, in well under a second.
Random weights write nonsense: tests assert shapes, budgets, formats and fallbacks, not wording.
"""

from __future__ import annotations

from pathlib import Path

# Like a real vocabulary, mostly words the test articles never use: random weights then write
# what a random model really writes, unrelated tokens, rather than a salad of the story's words.
WORDS = (
    "the a of to in and on at was were is violin meadow copper lantern orbit pepper glacier "
    "sonnet walnut quiver marble tundra falcon saffron harbour fire workers . , ' \""
).split()
SPECIALS = ["<pad>", "<s>", "</s>", "<unk>", "<mask>", "<doc-sep>"]


def word_tokenizer(model_max_length: int, bos: bool = True):
    """A word-level fast tokenizer over a small vocabulary (no sentencepiece, no download)."""
    from tokenizers import Tokenizer, models, pre_tokenizers, processors
    from transformers import PreTrainedTokenizerFast

    vocab = {token: i for i, token in enumerate(SPECIALS + WORDS)}
    core = Tokenizer(models.WordLevel(vocab=vocab, unk_token="<unk>"))
    core.pre_tokenizer = pre_tokenizers.Sequence(
        [pre_tokenizers.WhitespaceSplit(), pre_tokenizers.Punctuation()]
    )
    template = "<s> $A </s>" if bos else "$A </s>"
    core.post_processor = processors.TemplateProcessing(
        single=template, special_tokens=[("<s>", 1), ("</s>", 2)]
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=core,
        bos_token="<s>",
        eos_token="</s>",
        pad_token="<pad>",
        unk_token="<unk>",
        mask_token="<mask>",
        additional_special_tokens=["<doc-sep>"],
        model_max_length=model_max_length,
    )


def _ids(tokenizer) -> dict:
    return {
        "vocab_size": len(tokenizer),
        "pad_token_id": tokenizer.pad_token_id,
        "eos_token_id": tokenizer.eos_token_id,
    }


def tiny_bart(folder: Path, max_positions: int = 128, safetensors: bool = True) -> Path:
    import torch
    from transformers import BartConfig, BartForConditionalGeneration

    torch.manual_seed(0)
    tokenizer = word_tokenizer(max_positions)
    config = BartConfig(
        d_model=16,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=32,
        decoder_ffn_dim=32,
        max_position_embeddings=max_positions,
        bos_token_id=tokenizer.bos_token_id,
        decoder_start_token_id=tokenizer.eos_token_id,
        forced_eos_token_id=tokenizer.eos_token_id,
        **_ids(tokenizer),
    )
    return _save(BartForConditionalGeneration(config), tokenizer, folder, safetensors)


def tiny_t5(folder: Path, max_length: int = 64) -> Path:
    import torch
    from transformers import T5Config, T5ForConditionalGeneration

    torch.manual_seed(0)
    tokenizer = word_tokenizer(max_length, bos=False)
    config = T5Config(
        d_model=16,
        d_kv=8,
        d_ff=32,
        num_layers=1,
        num_decoder_layers=1,
        num_heads=2,
        decoder_start_token_id=tokenizer.pad_token_id,
        **_ids(tokenizer),
    )
    return _save(T5ForConditionalGeneration(config), tokenizer, folder, True)


def tiny_led(folder: Path, max_positions: int = 256) -> Path:
    import torch
    from transformers import LEDConfig, LEDForConditionalGeneration

    torch.manual_seed(0)
    tokenizer = word_tokenizer(max_positions)
    config = LEDConfig(
        d_model=16,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=32,
        decoder_ffn_dim=32,
        max_encoder_position_embeddings=max_positions,
        max_decoder_position_embeddings=64,
        attention_window=[16],
        bos_token_id=tokenizer.bos_token_id,
        decoder_start_token_id=tokenizer.eos_token_id,
        **_ids(tokenizer),
    )
    return _save(LEDForConditionalGeneration(config), tokenizer, folder, True)


def _save(model, tokenizer, folder: Path, safetensors: bool) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    model.generation_config.max_length = 24
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    if not safetensors:  # transformers 5 always writes safetensors: make a pickle-only folder
        import torch

        torch.save(model.state_dict(), folder / "pytorch_model.bin")
        (folder / "model.safetensors").unlink()
    return folder
