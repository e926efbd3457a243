"""The soak benchmark (`Benchmarks/soak/run.py`) in small: one server, 40 documents, 4,000
random operations (edits with emoji and CJK at UTF-16 positions, full replacements, stale
versions, closes and re-opens, requests cancelled before, right after and after their
answer), then every open document's pushed and pulled diagnostics against
`vramlint check --format json` of its text, and the RSS after closing them all against the
baseline. The seed is fixed so CI is repeatable; VRAMLINT_SOAK_SEED picks another."""
import importlib.util
import os
import time

from wire import ROOT, VRAMLINT

spec = importlib.util.spec_from_file_location("soak_benchmark", ROOT / "Benchmarks/soak/run.py")
soak = importlib.util.module_from_spec(spec)
spec.loader.exec_module(soak)


def test_random_edits_end_where_check_does(tmp_path):
    seed = int(os.environ.get("VRAMLINT_SOAK_SEED", "20251125"))
    started = time.perf_counter()
    result = soak.Soak(VRAMLINT, seed, operations=4000, checkpoints=2, work=tmp_path).run()
    seconds = time.perf_counter() - started
    print(f"seed {seed}: {result['operations']} operations, {result['ops_per_s']} ops/s, {seconds:.1f} s; "
          f"{result['documents_compared']} documents compared; RSS {result['rss_kib']}")
    failed = soak.failures(result)
    assert not failed, f"seed {seed} (repeat: python3 Benchmarks/soak/run.py --seed {seed} " \
                       f"--operations 4000 --checkpoints 2):\n" + "\n".join(failed)
    assert result["documents_compared"] >= 40 and result["compared_deployments"] >= 20
    assert result["exit_status"] == 0
